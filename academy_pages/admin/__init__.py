"""The Academy's screens in the Wagtail admin (the "Academie" menu)."""
