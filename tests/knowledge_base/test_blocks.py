"""The shared StreamField blocks as readers see them on an article."""

import socket
import time

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed
from wagtail_factories import DocumentFactory, ImageFactory

from intranet.blocks import FAQBlock, StepsBlock, VideoBlock, VideoEmbedBlock, frame_shape, is_embeddable
from intranet.embeds import FailFastOEmbedFinder
from intranet.settings import base as base_settings
from tests.knowledge_base.conftest import heading, paragraph
from tests.knowledge_base.finders import UnreachableFinder, WorkingFinder

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://www.youtube.com/watch?v=abc"


def video(title="Zo werkt het Leercafé", url=VIDEO_URL):
    return {"type": "video", "value": {"video": url, "title": title}}


def test_heading_and_paragraph_render_with_anchor_and_rich_text(make_article, employee_client):
    article = make_article(body=[heading("Waarom leren?"), paragraph("<p>Leren doe je <b>samen</b>.</p>")])
    html = employee_client.get(article.url).content.decode()
    assert '<h2 class="utrecht-heading-2" id="waarom-leren">Waarom leren?</h2>' in html
    assert "Leren doe je <b>samen</b>." in html


def test_image_renders_a_rendition_with_alt_text_and_caption(make_article, employee_client):
    image = ImageFactory(title="Model", file__width=1600, file__height=900)
    article = make_article(
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Schema van de vier fasen", "caption": "Het model"},
            }
        ]
    )
    html = employee_client.get(article.url).content.decode()
    assert 'alt="Schema van de vier fasen"' in html
    assert "<figcaption" in html and "Het model" in html
    rendition = image.renditions.get()
    assert rendition.width == 1000
    assert rendition.url in html


def test_decorative_image_gets_empty_alt(make_article, employee_client):
    image = ImageFactory()
    article = make_article(
        body=[{"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": ""}}]
    )
    assert 'alt=""' in employee_client.get(article.url).content.decode()


def test_document_download_shows_file_type_and_size(make_article, employee_client):
    document = DocumentFactory(
        title="Model voor Lerend Veranderen", file__filename="model.pdf", file__data=b"x" * 2048
    )
    document.file_size = 2048
    document.save()
    article = make_article(body=[{"type": "document", "value": {"document": document.pk, "title": ""}}])
    html = employee_client.get(article.url).content.decode()
    assert f'href="{document.url}"' in html
    assert "Model voor Lerend Veranderen" in html
    assert "PDF" in html
    assert "2,0\xa0KB" in html or "2.0\xa0KB" in html


def test_video_without_network_shows_a_plain_link(make_article, employee_client):
    article = make_article(body=[video()])
    response = employee_client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{VIDEO_URL}"' in html
    assert "Zo werkt het Leercafé" in html
    assert "<iframe" not in html


def test_failed_embed_is_not_retried_on_every_view(make_article, employee_client):
    article = make_article(body=[video()])
    UnreachableFinder.calls = 0
    for _ in range(3):
        assert employee_client.get(article.url).status_code == 200
    assert UnreachableFinder.calls == 1


def test_video_with_a_reachable_provider_is_embedded(make_article, employee_client, reachable_videos):
    article = make_article(body=[video()])
    WorkingFinder.calls = 0
    for _ in range(2):
        html = employee_client.get(article.url).content.decode()
        assert '<iframe title="Instructievideo"' in html
    assert WorkingFinder.calls == 1


def test_embedded_video_frame_uses_a_class_not_an_inline_style(
    make_article, employee_client, reachable_videos
):
    # The site's Content-Security-Policy allows no style attributes (style-src 'self').
    html = employee_client.get(make_article(body=[video()]).url).content.decode()
    frame = html[html.index('<div class="block-video__frame') : html.index("</iframe>")]
    assert 'class="block-video__frame block-video__frame--16x9"' in frame
    assert "style=" not in frame


@pytest.mark.parametrize(
    ("width", "height", "shape"),
    [(640, 360, "16x9"), (480, 360, "4x3"), (500, 500, "1x1"), (360, 640, "9x16"), (None, None, "16x9")],
)
def test_video_frame_shape_follows_the_players_proportions(width, height, shape):
    assert frame_shape(Embed(url=VIDEO_URL, width=width, height=height)) == shape


def test_only_youtube_and_vimeo_videos_are_embeddable_with_the_sites_finder(embed_finders):
    # The Content-Security-Policy's frame-src names only these two players.
    embed_finders(base_settings.WAGTAILEMBEDS_FINDERS)
    assert is_embeddable("https://www.youtube.com/watch?v=abc")
    assert is_embeddable("https://vimeo.com/76979871")
    assert not is_embeddable("https://www.dailymotion.com/video/x7tgad0")
    assert not is_embeddable("https://soundcloud.com/band/track")


def test_video_url_of_a_known_provider_can_be_saved_offline():
    block = VideoEmbedBlock()
    value = EmbedValue(VIDEO_URL)
    assert block.clean(value).url == VIDEO_URL


def test_video_url_no_provider_knows_is_refused():
    with pytest.raises(ValidationError):
        VideoEmbedBlock().clean(EmbedValue("https://example.org/filmpje"))


def test_video_block_without_network_renders_link_directly():
    block = VideoBlock()
    html = block.render(block.to_python({"video": VIDEO_URL, "title": "Instructie"}))
    assert f'<a class="utrecht-link" href="{VIDEO_URL}">' in html


def test_steps_render_as_an_ordered_list():
    block = StepsBlock()
    html = block.render(block.to_python(block.meta.preview_value))
    assert "<ol" in html
    assert html.index("Kies een training") < html.index("Meld je aan")


def test_faq_renders_as_native_accordion():
    block = FAQBlock()
    html = block.render(block.to_python(block.meta.preview_value))
    assert "<details" in html
    assert "<summary" in html and "Wat is het Leercafé?" in html


def test_embed_finder_gives_up_quickly_when_the_provider_is_unreachable():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    finder = FailFastOEmbedFinder(
        providers=[
            {"endpoint": f"http://127.0.0.1:{closed_port}/oembed", "urls": [r"^https://video\.test/.+$"]}
        ],
        connect_timeout=0.5,
    )
    started = time.monotonic()
    with pytest.raises(EmbedNotFoundException):
        finder.find_embed("https://video.test/123")
    assert time.monotonic() - started < 2


def test_site_settings_use_the_fail_fast_finder():
    from intranet.settings import base

    assert [finder["class"] for finder in base.WAGTAILEMBEDS_FINDERS] == [
        "intranet.embeds.FailFastOEmbedFinder"
    ]
