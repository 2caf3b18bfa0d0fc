from academy_pages import report_hooks  # noqa
