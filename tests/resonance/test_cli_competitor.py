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
