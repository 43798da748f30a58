"""`resonance summary --brand COMPETITOR`: our own accounts, sales and calendar are never the competitor's."""

import json

from resonance.cli import main

OURS_ONLY = [
    "posts_published",
    "reach",
    "impressions",
    "engagements",
    "engagement_rate_reach",
    "engagement_rate_impressions",
    "engagement_rate_followers",
    "followers",
    "followers_net_change",
    "follower_growth_rate",
    "revenue",
    "orders",
    "returning_customer_share",
    "sales_association",
    "cost_per_thousand_contacts",
    "cost_per_engagement",
    "cost_per_positive_mention",
]
NUMBERS = ("value", "previous", "change", "change_rel", "avg4")


def summary(capsys, workspace, *args: str) -> dict:
    assert main(["summary", "--workspace", str(workspace), "--week", "2026-W47", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_competitors_summary_gives_null_for_every_indicator_of_ours_only(capsys, demo_workspace):
    ours = summary(capsys, demo_workspace)
    rival = summary(capsys, demo_workspace, "--brand", "Крона")
    assert (ours["brand"], ours["our_brand"]) == ("Зерно", "Зерно")
    assert (rival["brand"], rival["our_brand"]) == ("Крона", "Зерно")
    flagged = sorted(i for i, item in rival["indicators"].items() if item["ours_only"])
    assert flagged == sorted(OURS_ONLY)
    for ind_id in OURS_ONLY:
        assert ours["indicators"][ind_id]["value"] is not None, ind_id  # the demo has every one of ours
        assert [rival["indicators"][ind_id][n] for n in NUMBERS] == [None] * len(NUMBERS), ind_id
    # Per-brand indicators are the competitor's own, not ours.
    assert rival["indicators"]["mentions"]["value"] not in (None, ours["indicators"]["mentions"]["value"])
    assert not rival["indicators"]["net_sentiment"]["ours_only"]


def test_the_text_summary_of_a_competitor_says_whose_the_missing_figures_are(capsys, demo_workspace):
    assert main(["summary", "--workspace", str(demo_workspace), "--week", "2026-W47", "--brand", "Крона"]) == 0
    out = capsys.readouterr().out
    assert "exist only for Зерно" in out
    revenue = next(line for line in out.splitlines() if line.strip().startswith("Revenue"))
    assert revenue.split()[-2:] == ["–", "(–)"]


def test_a_workspace_that_names_no_brand_says_whose_the_accounts_figures_were_taken_to_be(tmp_path, capsys):
    """Without "our brand" in the settings, the posts of the workspace's accounts are shown for the brand
    asked for: the text summary says so, in the language chosen, and how to name the brand."""
    from pathlib import Path

    from metrics import store

    samples = Path(__file__).resolve().parents[2] / "sample_data"
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    for name in ("brandwatch_mentions.csv", "vk_posts.csv"):
        assert workspace.import_file(samples / name).error is None
    assert workspace.settings()["brand"] is None
    week = ["summary", "--workspace", str(path), "--from", "2025-11-24", "--to", "2026-11-22", "--brand", "Зерно"]
    assert main(week) == 0
    out = capsys.readouterr().out.splitlines()
    assert "does not name your brand" in out[1] and "shown for Зерно" in out[1] and "«Our brand»" in out[1]
    posts = next(line for line in out if line.strip().startswith("Posts published"))
    assert posts.split()[2] != "–"  # shown, and said to be taken as Зерно's
    assert main(["--lang", "ru", *week]) == 0
    assert "не указан ваш бренд" in capsys.readouterr().out
    store.open_workspace(path).update_settings(brand="Зерно")  # the command closed what it opened
    assert main(week) == 0
    assert "does not name your brand" not in capsys.readouterr().out


def test_the_report_of_a_workspace_that_names_no_brand_says_it_too(tmp_path, capsys):
    """The report leaves the meeting: its first topic says whose the accounts' figures are taken to be, as the
    summary does, and says nothing once the brand is named."""
    from pathlib import Path

    from metrics import store

    samples = Path(__file__).resolve().parents[2] / "sample_data"
    path = tmp_path / "w.duckdb"
    workspace = store.open_workspace(path)
    for name in ("brandwatch_mentions.csv", "vk_posts.csv"):
        assert workspace.import_file(samples / name).error is None
    workspace.close()
    year = ["--workspace", str(path), "--from", "2025-11-24", "--to", "2026-11-22", "--brand", "Зерно"]
    for lang, said in (("en", "does not name your brand"), ("ru", "не указан ваш бренд")):
        out = tmp_path / f"report_{lang}.html"
        assert main(["--lang", lang, "report", *year, "--format", "html", "--out", str(out)]) == 0
        assert said in out.read_text(encoding="utf-8")
    store.open_workspace(path).update_settings(brand="Зерно")
    out = tmp_path / "named.html"
    assert main(["report", *year, "--format", "html", "--out", str(out)]) == 0
    assert "does not name your brand" not in out.read_text(encoding="utf-8")
