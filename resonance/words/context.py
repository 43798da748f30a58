"""Texts of sales in context, the marketing mix and the forecast, in Russian and English.

Keys: ``association.*`` (:mod:`metrics.association`), ``mix.*`` (:mod:`metrics.mix`),
``forecast.*`` (:mod:`metrics.forecast`), ``ave.*`` (AVE is kept but is not a measure of value).
The words of ``sales_association`` and of the mix's costs are in :mod:`resonance.words.indicators`,
with every other number's.
"""

from __future__ import annotations

from metrics.mix import PRORATED_RULE

# How a budget counts in a period; the English is the rule the mix's formulas state.
PRORATED_RU = (
    "каждая активность учитывается в периоде по доле своих дней, попавших в него (её бюджет и контакты "
    "умножаются на эту долю, как если бы они распределялись по дням равномерно)"
)

TEXTS: dict[str, dict[str, str]] = {
    # --- sales in context ---
    "association.not_attribution": {"en": "Association, not attribution", "ru": "Связь, а не атрибуция"},
    "association.why": {
        "en": "Weekly sales follow the whole marketing mix — TV, promotions, prices, the season — and all of it "
        "moves at once. A correlation over weeks cannot separate what social media did from everything else: it "
        "shows whether the two move together, never how much of the revenue social media made.",
        "ru": "Недельные продажи зависят от всего маркетинг-микса — ТВ, акций, цен, сезона, — и всё это меняется "
        "одновременно. Корреляция по неделям не может отделить вклад соцсетей от остального: она показывает, "
        "движутся ли ряды вместе, но не то, какую часть выручки принесли соцсети.",
    },
    "association.method": {
        "en": "Lag k pairs the indicator of a week with revenue k weeks later; n is the number of weeks where both "
        "are known. Pearson's r and Spearman's rho (on ranks) with 95% confidence intervals by Fisher's "
        "z-transformation (standard error 1/√(n−3) for Pearson, √(1,06/(n−3)) for Spearman).",
        "ru": "Лаг k сопоставляет показатель недели с выручкой через k недель; n — число недель, где известно и "
        "то и другое. Коэффициенты Пирсона и Спирмена (по рангам) с 95% доверительными интервалами по "
        "z-преобразованию Фишера (стандартная ошибка 1/√(n−3) для Пирсона, √(1,06/(n−3)) для Спирмена).",
    },
    "association.strongest": {
        "en": "Strongest at a lag of {lag} weeks: r = {r} (95% interval {low} to {high}, n = {n}).",
        "ru": "Сильнее всего при лаге {lag} нед.: r = {r} (95% интервал от {low} до {high}, n = {n}).",
    },
    "association.no_evidence": {
        "en": "No evidence that “{indicator}” moves with revenue at any lag, from the same week to {up_to}.",
        "ru": "Нет свидетельств, что показатель «{indicator}» движется вместе с выручкой при каком-либо лаге — ни в ту "
        "же неделю, ни с задержкой до {up_to}.",
    },
    "association.together": {
        "en": "“{indicator}” tends to move with revenue {when}: when it is higher, revenue tends to be higher too. "
        "A {strength} association, not a cause: both can follow the same campaign or season.",
        "ru": "Показатель «{indicator}» обычно движется вместе с выручкой {when}: когда он выше, выручка, как "
        "правило, тоже выше. Это {strength} связь, а не причина: оба могут следовать за одной кампанией или сезоном.",
    },
    "association.opposite": {
        "en": "“{indicator}” tends to move against revenue {when}: when it is higher, revenue tends to be lower. "
        "A {strength} association, not a cause: both can follow the same campaign or season.",
        "ru": "Показатель «{indicator}» обычно движется противоположно выручке {when}: когда он выше, выручка, как "
        "правило, ниже. Это {strength} связь, а не причина: оба могут следовать за одной кампанией или сезоном.",
    },
    "association.largest": {
        "en": "The largest correlation, at a lag of {lag} weeks, is r = {r}; its 95% interval, {low} to {high} "
        "(n = {n}), includes zero.",
        "ru": "Самая большая корреляция — при лаге {lag} нед.: r = {r}; её 95% интервал, от {low} до {high} "
        "(n = {n}), включает ноль.",
    },
    "association.same_week": {"en": "in the same week", "ru": "в ту же неделю"},
    "association.later": {"en": "{weeks} later", "ru": "через {weeks}"},
    "association.weeks.one": {"en": "{n} week", "ru": "{n} неделю"},
    "association.weeks.few": {"en": "{n} weeks", "ru": "{n} недели"},
    "association.weeks.many": {"en": "{n} weeks", "ru": "{n} недель"},
    "association.weeks.other": {"en": "{n} weeks", "ru": "{n} недели"},
    "association.up_to.one": {"en": "{n} week later", "ru": "{n} недели"},
    "association.up_to.few": {"en": "{n} weeks later", "ru": "{n} недель"},
    "association.up_to.many": {"en": "{n} weeks later", "ru": "{n} недель"},
    "association.up_to.other": {"en": "{n} weeks later", "ru": "{n} недели"},
    "association.strength.weak": {"en": "weak", "ru": "слабая"},
    "association.strength.moderate": {"en": "moderate", "ru": "умеренная"},
    "association.strength.strong": {"en": "strong", "ru": "сильная"},
    "association.many_lags": {
        "en": "{tested} lags were tested: at a 95% interval, about one lag in twenty can exclude zero by chance alone.",
        "ru": "Проверено лагов: {tested}. При 95% интервале примерно один лаг из двадцати может не включать ноль "
        "просто случайно.",
    },
    "association.details": {"en": "The numbers behind it", "ru": "Цифры за этим"},
    "association.none": {
        "en": "No lag has enough paired weeks with variation to compute a correlation.",
        "ru": "Ни для одного лага нет достаточного числа пар недель с изменчивостью, чтобы посчитать корреляцию.",
    },
    "association.reason.too_few_pairs": {
        "en": "fewer than {min_pairs} paired weeks",
        "ru": "меньше {min_pairs} пар недель",
    },
    "association.reason.no_variation": {
        "en": "no variation: one of the series is the same every week",
        "ru": "нет изменчивости: один из рядов одинаков каждую неделю",
    },
    "association.column.lag": {"en": "Lag, weeks", "ru": "Лаг, недель"},
    "association.column.n": {"en": "Paired weeks", "ru": "Пар недель"},
    "association.column.pearson": {"en": "Pearson r", "ru": "r Пирсона"},
    "association.column.spearman": {"en": "Spearman rho", "ru": "ρ Спирмена"},
    "association.column.interval": {"en": "95% interval", "ru": "95% интервал"},
    "association.column.reason": {"en": "Why no value", "ru": "Почему нет значения"},
    "association.customers.new": {"en": "New customers", "ru": "Новые покупатели"},
    "association.customers.returning": {"en": "Returning customers", "ru": "Повторные покупатели"},
    "association.customers.note": {
        "en": "Returning customers as the shop system counts them; repeat purchases of one customer need "
        "order-level data with customer ids.",
        "ru": "Повторные покупатели — так, как их считает учётная система; повторные покупки одного клиента "
        "требуют данных по заказам с идентификаторами клиентов.",
    },
    # --- the marketing mix ---
    "mix.per_contact": {
        "en": "A million on TV and a thousand on social are compared per contact and per engaged person, never by "
        "their totals.",
        "ru": "Миллион на ТВ и тысяча на соцсети сравниваются в расчёте на контакт и на вовлечённого человека, а "
        "не по общим суммам.",
    },
    "mix.prorated": {
        "en": "Budgets and contacts are pro-rated by days: " + PRORATED_RULE + ".",
        "ru": "Бюджеты и контакты считаются пропорционально дням: " + PRORATED_RU + ".",
    },
    "mix.smm_only": {
        "en": "Cost per engagement and per positive mention are given for SMM only: engagements are counted on "
        "our own posts, and every positive mention of the brand in the period is credited to SMM, which is the "
        "most favourable reading for it.",
        "ru": "Цена вовлечения и позитивного упоминания считается только для SMM: вовлечения считаются в наших "
        "постах, а все позитивные упоминания бренда за период засчитываются SMM — это самое выгодное для него "
        "прочтение.",
    },
    "mix.total": {"en": "All channels", "ru": "Все каналы"},
    "mix.total_mixed_currencies": {
        "en": "No total: the budgets are in more than one currency ({currencies}).",
        "ru": "Итога нет: бюджеты указаны в разных валютах ({currencies}).",
    },
    "mix.reason.no_budget": {"en": "no budget given", "ru": "бюджет не указан"},
    "mix.reason.no_contacts": {"en": "no contacts given, or 0", "ru": "контакты не указаны или равны 0"},
    "mix.reason.mixed_currencies": {
        "en": "budgets in more than one currency",
        "ru": "бюджеты в разных валютах",
    },
    "mix.reason.not_measured": {
        "en": "not measured for this channel: engagements are counted on our own posts and a mention cannot be "
        "credited to one channel",
        "ru": "для этого канала не измеряется: вовлечения считаются в наших постах, а упоминание нельзя приписать "
        "одному каналу",
    },
    "mix.reason.no_data": {
        "en": "no data for the period: no posts or mentions, or none that give the counts",
        "ru": "нет данных за период: нет постов или упоминаний либо в них не указаны нужные показатели",
    },
    "mix.reason.no_engagements": {"en": "no engagements in the period", "ru": "за период нет вовлечений"},
    "mix.reason.no_positive_mentions": {
        "en": "no positive mentions in the period",
        "ru": "за период нет позитивных упоминаний",
    },
    "mix.column.channel": {"en": "Channel", "ru": "Канал"},
    "mix.column.activities": {"en": "Activities", "ru": "Активности"},
    "mix.column.budget": {"en": "Budget", "ru": "Бюджет"},
    "mix.column.currency": {"en": "Currency", "ru": "Валюта"},
    "mix.column.contacts": {"en": "Contacts", "ru": "Контакты"},
    "mix.column.engagements": {"en": "Engagements", "ru": "Вовлечения"},
    "mix.column.positive_mentions": {"en": "Positive mentions", "ru": "Позитивные упоминания"},
    # --- the forecast ---
    "forecast.formula": {
        "en": "Revenue = planned contacts × contact-to-sale conversion × average order value. Low and high move "
        "the conversion by ±{spread}.",
        "ru": "Выручка = запланированные контакты × конверсия контакта в продажу × средний чек. Низкий и высокий "
        "сценарии меняют конверсию на ±{spread}.",
    },
    "forecast.caveat": {
        "en": "A scenario, not a promise: it assumes the conversion of the marketing context holds for these contacts.",
        "ru": "Это сценарий, а не обещание: он предполагает, что конверсия из маркетингового контекста верна и "
        "для этих контактов.",
    },
    "forecast.low": {"en": "Low", "ru": "Низкий"},
    "forecast.base": {"en": "Base", "ru": "Базовый"},
    "forecast.high": {"en": "High", "ru": "Высокий"},
    "forecast.purchases": {"en": "Purchases", "ru": "Покупки"},
    "forecast.revenue": {"en": "Revenue", "ru": "Выручка"},
    "forecast.missing": {
        "en": "No forecast: {inputs} missing. Add them to the marketing context (the template on the Data page); "
        "Resonance does not guess them.",
        "ru": "Прогноза нет: не хватает данных — {inputs}. Добавьте их в маркетинговый контекст (шаблон на "
        "странице «Данные»); Resonance их не угадывает.",
    },
    "forecast.no_context": {
        "en": "No marketing context covers {period}.",
        "ru": "Нет маркетингового контекста за {period}.",
    },
    "forecast.context_used": {
        "en": "Marketing context of {period}.",
        "ru": "Маркетинговый контекст за {period}.",
    },
    "forecast.contacts_from_calendar": {
        "en": "Planned contacts from the marketing calendar, pro-rated by days: contacts, not people.",
        "ru": "Запланированные контакты из маркетингового календаря, пропорционально дням: контакты, а не люди.",
    },
    "forecast.input.contacts": {"en": "planned contacts", "ru": "запланированные контакты"},
    "forecast.input.conversion_contact_to_sale": {
        "en": "contact-to-sale conversion",
        "ru": "конверсия контакта в продажу",
    },
    "forecast.input.average_order_value": {"en": "average order value", "ru": "средний чек"},
    "forecast.input.penetration": {"en": "penetration", "ru": "проникновение"},
    "forecast.input.market_share": {"en": "market share", "ru": "доля рынка"},
    "forecast.input.customer_base": {"en": "customer base", "ru": "клиентская база"},
    "forecast.input.target_audience": {"en": "target audience", "ru": "целевая аудитория"},
    # --- AVE ---
    "ave.not_a_measure": {
        "en": "AVE (advertising value equivalent) and “PR value” figures in the imported file are kept as given "
        "but are not a measure of the value of communication: “AVEs are not the value of communication” "
        "(Barcelona Principles 3.0, principle 5). Resonance never charts, sums or compares them.",
        "ru": "Показатели AVE (рекламный эквивалент) и «PR-ценность» из загруженного файла сохранены как есть, "
        "но не являются мерой ценности коммуникаций: «AVE — это не ценность коммуникаций» (Барселонские "
        "принципы 3.0, принцип 5). Resonance не строит по ним графики, не суммирует и не сравнивает их.",
    },
}
