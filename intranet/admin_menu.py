"""Menu items of the Wagtail admin that only users with a model permission see.

Every app's admin menu entry that is not a model viewset of its own (reports, imports, links)
uses this one class, so whether a menu entry shows always follows the same rule as the view
behind it: a model permission, never a group name::

    class InsightsViewSet(ViewSet):
        menu_item_class = PermissionMenuItem.requiring("search.view_querystatistic")
"""

from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    permission = None  # "app_label.codename"

    def is_shown(self, request):
        return request.user.has_perm(self.permission)

    @classmethod
    def requiring(cls, permission):
        """A menu item class for ``permission``: Wagtail makes a viewset's menu item itself from
        ``menu_item_class``, so the permission travels with the class."""
        return type(f"PermissionMenuItem[{permission}]", (cls,), {"permission": permission})
