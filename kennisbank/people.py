"""How a colleague is named on screens, in messages and in exports."""


def display_name(user) -> str:
    """Their full name, else their login name; "" for nobody."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
