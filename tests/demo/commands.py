import io

from django.core.management import call_command


def run_command(**options):
    """Run load_demo_content like a developer would (DEBUG is off in tests); returns its output."""
    out = io.StringIO()
    call_command("load_demo_content", force=True, stdout=out, **options)
    return out.getvalue()
