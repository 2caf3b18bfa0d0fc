from django import template
from django.template.loader import get_template
from django.template.loader_tags import BlockNode

register = template.Library()


@register.simple_tag
def base_has_block(name, template_name="base.html"):
    """Whether the site's base template offers the block `name` (e.g. "breadcrumbs").

    Lets a page put its breadcrumbs in the base template's place for them, and still show
    them inside its content while the base template has no such place.
    """
    nodes = get_template(template_name).template.nodelist.get_nodes_by_type(BlockNode)
    return any(node.name == name for node in nodes)
