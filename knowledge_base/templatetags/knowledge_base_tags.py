from functools import cache

from django import template
from django.template.loader import get_template
from django.template.loader_tags import BlockNode

register = template.Library()


@cache
def _base_blocks(template_name):
    nodes = get_template(template_name).template.nodelist.get_nodes_by_type(BlockNode)
    return frozenset(node.name for node in nodes)


@cache
def _base_source(template_name):
    return get_template(template_name).template.source


@register.simple_tag
def base_has_block(name, template_name="base.html"):
    """Whether the site's base template offers the block `name` (e.g. "breadcrumbs")."""
    return name in _base_blocks(template_name)


@register.simple_tag
def base_shows_messages(template_name="base.html"):
    """Whether the base template already shows Django's messages, so a page need not repeat them."""
    return "messages" in _base_source(template_name)
