"""Pages rendered once per version, with the parts that differ per reader rendered per request.

Most of an article page is the same for every employee who reads it: the frame, the menu, the
breadcrumbs, the article itself. A few parts are not: the account link with the reader's name,
the forms with their CSRF token, the reader's own "Was dit nuttig?" answer, their messages and,
for editors, Wagtail's userbar. A template marks each such part with
``{% personal "template.html" %}`` (``intranet_tags``).

Rendered normally, ``{% personal %}`` works like ``{% include %}``. A page that knows when its
rendering changes (a key holding its published revision and the content version) answers with
``PageShellResponse``: the first request renders the whole template once as a *shell*, in which
every personal part is a marker, and caches it; every request then renders only the personal
parts, with the page's context and the request's context processors, into a copy of the shell.
So a personal part sees the page's context, not variables of a surrounding ``{% with %}`` or
``{% for %}``, and nothing one reader sees is ever stored for another.

The markers carry a value derived from SECRET_KEY, so text written by an editor cannot pose as
one.
"""

import re
from functools import cache

from django.core.cache import cache as default_cache
from django.template import RequestContext
from django.template.response import TemplateResponse
from django.utils.crypto import salted_hmac

# Context key under which a template is being rendered as a shell.
SHELL = "_personal_shell"


@cache
def _nonce():
    return salted_hmac("intranet.personal", "shell-marker").hexdigest()[:20]


def marker(template_name):
    return f"<!--personal {_nonce()} {template_name}-->"


@cache
def _marker_pattern():
    return re.compile(rf"<!--personal {_nonce()} ([\w./\-]+)-->")


class PageShellResponse(TemplateResponse):
    """A TemplateResponse that renders its template as a cached shell plus personal parts.

    ``shell_key`` says when the shell may be reused (None: render as usual); it must change
    whenever anything outside the personal parts would render differently.
    """

    def __init__(self, request, template, context, *, shell_key, shell_seconds, **kwargs):
        super().__init__(request, template, context, **kwargs)
        self.shell_key = shell_key
        self.shell_seconds = shell_seconds

    @property
    def rendered_content(self):
        if not self.shell_key:
            return super().rendered_content
        template = self.resolve_template(self.template_name)
        key = f"intranet:page-shell:{self.shell_key}"
        shell = default_cache.get(key)
        if shell is None:
            shell = template.render({**self.context_data, SHELL: True}, self._request)
            default_cache.set(key, shell, self.shell_seconds)
        return fill(shell, template.template, self.context_data, self._request)


def fill(shell, page_template, context_data, request):
    """The shell with each personal part rendered for this request."""
    context = RequestContext(request, context_data)
    engine = page_template.engine
    # Bound once to the page's template, so the context processors run once for all parts.
    with context.bind_template(page_template):
        return _marker_pattern().sub(lambda match: engine.get_template(match.group(1)).render(context), shell)
