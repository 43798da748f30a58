"""Sales indicators (impact, shown as context): revenue, orders and returning customers."""

import pytest

NAN = float("nan")
DAYS = ["2026-11-23", "2026-11-24", "2026-11-25"]


def case(id, inputs, expected, name):
    return pytest.param(id, inputs, expected, id=f"{id}: {name}")


def sales(**columns):
    n = len(next(iter(columns.values())))
    return {"sales": {"date": DAYS[:n], **columns}}


CASES = [
    # revenue
    case("revenue", sales(revenue=[1000.5, 2000.0, 499.5]), 3500.0, "normal"),
    case("revenue", sales(revenue=[1000.0, None]), 1000.0, "day without revenue skipped"),
    case("revenue", sales(revenue=[None, None], orders=[1, 2]), NAN, "not reported"),
    case("revenue", {"sales": {}}, 0.0, "no sales days is zero"),
    case("revenue", sales(revenue=[1000.0, 20.0], currency=["RUB", "USD"]), NAN, "two currencies cannot be added"),
    case(
        "revenue",
        sales(revenue=[1000.0, 20.0, None], currency=["RUB", None, "USD"]),
        1020.0,
        "currency of a day without revenue does not matter",
    ),
    # orders
    case("orders", sales(orders=[10, 20, 5]), 35.0, "normal"),
    case("orders", sales(orders=[10, None]), 10.0, "day without orders skipped"),
    case("orders", sales(orders=[None], revenue=[10.0]), NAN, "not reported"),
    case("orders", {"sales": {}}, 0.0, "no sales days is zero"),
    # returning_customer_share
    case("returning_customer_share", sales(customers_new=[30, 10], customers_returning=[10, 30]), 0.5, "normal"),
    case(
        "returning_customer_share",
        sales(customers_new=[30, 5], customers_returning=[10, None]),
        0.25,
        "day without both left out",
    ),
    case("returning_customer_share", sales(customers_new=[0], customers_returning=[0]), NAN, "zero denominator"),
    case("returning_customer_share", sales(customers_new=[None], customers_returning=[None]), NAN, "not reported"),
    case("returning_customer_share", {"sales": {}}, NAN, "no sales days"),
]


@pytest.mark.parametrize("id, inputs, expected", CASES)
def test_sales(id, inputs, expected, check_indicator):
    check_indicator(id, inputs, expected)
