import pytest

from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory


@pytest.fixture
def academy(home_page):
    return AcademyIndexPageFactory(parent=home_page)


@pytest.fixture
def course(academy):
    return CoursePageFactory(parent=academy)
