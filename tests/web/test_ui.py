from tests.web.conftest import screenshot


def test_article_quote_speaker_network_timeline(page, server_url):
    page.goto(server_url + "/")
    page.wait_for_selector("#documents a")
    screenshot(page, "documents")
    page.locator("#documents a", has_text="putin-sanctions").first.click()
    page.wait_for_selector("#article-text mark.quote")
    assert page.locator("#article-text .trigger").count() > 0
    assert page.locator("#quote-list li").count() > 0
    screenshot(page, "article")
    page.locator("#article-text mark.quote", has_text="We can only add").first.click()
    page.wait_for_selector("#speaker-quotes li")
    assert page.text_content("#speaker-name") == "Maria Zakharova"
    assert "#/speaker/" in page.url
    screenshot(page, "speaker")
    page.goto(server_url + "/#/network")
    page.wait_for_selector("#network circle.node")
    assert page.locator("#network line").count() > 0
    screenshot(page, "network")
    page.goto(server_url + "/#/timeline?type=SANCTION")
    page.wait_for_selector("#timeline rect")
    assert page.input_value("input[name=type]") == "SANCTION"  # filters live in the URL
    screenshot(page, "timeline")
    assert page.dialogs == []


def test_search_from_the_header_keeps_the_query_in_the_url(page, server_url):
    page.goto(server_url + "/")
    page.fill("#search input", "payback")
    page.press("#search input", "Enter")
    page.wait_for_selector("#documents a")
    assert "search=payback" in page.url
