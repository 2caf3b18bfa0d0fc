"""The West Betuwe Academie: catalogue pages, providers, sessions and registrations."""

from academy_pages.models.pages import (  # noqa: F401
    AcademyIndexPage,
    CoursePage,
    CourseQuestion,
    EventPage,
    RelatedCourseArticle,
)
from academy_pages.models.providers import CourseCategory, TrainingProvider  # noqa: F401
from academy_pages.models.registrations import (  # noqa: F401
    ActorRole,
    Attendance,
    ChangeCause,
    Evaluation,
    Registration,
    RegistrationChange,
    RegistrationStatus,
)
from academy_pages.models.sessions import (  # noqa: F401
    EventSlot,
    GoDecision,
    Session,
    SessionDay,
    SessionFormat,
    SessionStatus,
)  # noqa: F401
from academy_pages.models.settings import AcademySettings  # noqa: F401
