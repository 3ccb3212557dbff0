"""Who may do what: the ownership rule on Wagtail's page permissions (rules.py), the roles as
Django groups with their permissions (roles.py) and the owner department's approval workflow
(approval.py).

Code asks for a permission (``user.has_perm("search.view_analytics")``), never for a group name;
the migrations grant the permissions to the groups.
"""
