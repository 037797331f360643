"""The "Import from phone" how-to page: both languages, every picture there, every brand's folder named honestly."""

from __future__ import annotations

from desktop.content.phone_howto import howto_markdown, picture_names, pictures_dir
from desktop.paths import resources_dir

FOLDERS = ("MIUI/sound_recorder/call_rec", "Sounds/CallRecord", "Recordings/Call", "Music/Recordings/Call Recordings",
           "Recordings/Record/Call")


def test_the_how_to_exists_in_both_languages_with_its_pictures():
    root = resources_dir()
    for lang in ("zh_CN", "en"):
        text = howto_markdown(root, lang)
        assert text.strip(), lang
        pictures = picture_names(text)
        assert len(pictures) == 3, (lang, pictures)
        for name in pictures:
            assert name.endswith(f"_{lang}.png"), (lang, name)  # the pictures' words are in the page's language
            assert (pictures_dir(root) / name).is_file(), name


def test_the_how_to_names_every_brands_recordings_folder_and_says_it_may_differ():
    root = resources_dir()
    zh, en = howto_markdown(root, "zh_CN"), howto_markdown(root, "en")
    for folder in FOLDERS:
        assert folder in zh and folder in en, folder
    assert "可能不一样" in zh and "may differ by model" in en
    assert "加密本地备份" in zh and "Encrypt local backup" in en
    assert "SMS Backup & Restore" in zh and "SMS Backup & Restore" in en


def test_a_missing_how_to_gives_an_empty_page_not_an_error(tmp_path):
    assert howto_markdown(tmp_path, "en") == ""


def test_the_dialog_gets_the_how_to_and_its_pictures_from_the_content():
    from desktop.content.loader import load_content
    from desktop.content.model import Content

    content, _ = load_content(resources_dir())
    text, pictures = content.phone_howto("en")
    assert text == howto_markdown(resources_dir(), "en") and pictures == pictures_dir(resources_dir())
    assert Content().phone_howto("zh_CN") == ("", None)  # no resources folder: the dialog's "missing" line
