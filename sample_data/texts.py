"""Phrase banks for the Zerno demo data: mentions, headlines, our own posts, names.

Everything here is fictional. Sentences are templates filled by ``generate.py``:

    {b} {b_gen} {b_dat} {b_acc} {b_prep}   the brand in Russian cases (Зерно / Зерна / Зерну / Зерно / Зерне)
    {bq}                                   the brand in «quotes», for headlines
    {b_en}                                 the brand in Latin letters
    {place} {place_en}                     a shop location ("на Тверской", "on Tverskaya")
    {drink} {dessert} {sdrink} {newdrink}  menu items (all masculine in Russian, so adjectives agree);
                                           English twins end in ``_en``
    {взяла|взял}                           a first-person verb, feminine|masculine, matched to the author

Mention banks are ``{topic: {language: {sentiment: [sentences]}}}``. Topics marked as brand events
are used only on the days of those events (see ``generate.py``).
"""

BRANDS = {
    "zerno": {
        "b": "Зерно",
        "b_gen": "Зерна",
        "b_dat": "Зерну",
        "b_acc": "Зерно",
        "b_prep": "Зерне",
        "bq": "«Зерно»",
        "b_en": "Zerno",
    },
    "krona": {
        "b": "Крона",
        "b_gen": "Кроны",
        "b_dat": "Кроне",
        "b_acc": "Крону",
        "b_prep": "Кроне",
        "bq": "«Крона»",
        "b_en": "Krona",
    },
    "utro": {
        "b": "Утро Кофе",
        "b_gen": "Утро Кофе",
        "b_dat": "Утро Кофе",
        "b_acc": "Утро Кофе",
        "b_prep": "Утро Кофе",
        "bq": "«Утро Кофе»",
        "b_en": "Utro Coffee",
    },
}

PLACES = [
    ("на Тверской", "on Tverskaya"),
    ("на Покровке", "on Pokrovka"),
    ("на Маросейке", "on Maroseyka"),
    ("на Арбате", "on Arbat"),
    ("у Белорусской", "near Belorusskaya"),
    ("на Павелецкой", "near Paveletskaya"),
    ("в Сити", "in Moscow City"),
    ("на Чистых прудах", "at Chistye Prudy"),
    ("на Соколе", "at Sokol"),
    ("на Невском", "on Nevsky"),
    ("на Литейном", "on Liteyny"),
    ("на Петроградке", "on Petrogradka"),
    ("на Васильевском", "on Vasilyevsky"),
    ("у Московских ворот", "near Moskovskiye Vorota"),
]
DRINKS = [
    ("капучино", "cappuccino"),
    ("флэт уайт", "flat white"),
    ("раф", "raf"),
    ("латте", "latte"),
    ("американо", "americano"),
    ("фильтр-кофе", "filter coffee"),
    ("кортадо", "cortado"),
    ("эспрессо", "espresso"),
]
DESSERTS = [
    ("чизкейк", "cheesecake"),
    ("круассан", "croissant"),
    ("морковный торт", "carrot cake"),
    ("эклер", "eclair"),
    ("синнабон", "cinnamon roll"),
    ("банановый хлеб", "banana bread"),
]
NEW_DRINKS = [
    ("раф с халвой", "halva raf"),
    ("латте с соленой карамелью", "salted caramel latte"),
    ("кокосовый колд брю", "coconut cold brew"),
    ("фисташковый раф", "pistachio raf"),
    ("эспрессо-тоник с грейпфрутом", "grapefruit espresso tonic"),
]
# Seasonal drinks by season (the 2026 winter menu is launched separately on 17 November).
SEASON_DRINKS = {
    "winter": [
        ("апельсиновый раф", "orange raf"),
        ("горячий шоколад", "hot chocolate"),
        ("безалкогольный глинтвейн", "alcohol-free mulled wine"),
    ],
    "spring": [("лавандовый раф", "lavender raf"), ("матча-латте", "matcha latte")],
    "summer": [("колд брю", "cold brew"), ("эспрессо-тоник", "espresso tonic"), ("ягодный лимонад", "berry lemonade")],
    "autumn": [("тыквенный латте", "pumpkin latte"), ("облепиховый чай", "sea buckthorn tea")],
}

P, U, N = "positive", "neutral", "negative"

TOPICS = {
    "taste": {
        "ru": {
            P: [
                "{Взяла|Взял} {drink} в {b_prep} {place} — очень вкусно, без горечи.",
                "Кофе в {b_prep} стабильно хороший, зерно свежее, обжарка отличная.",
                "Наконец-то нормальный эспрессо рядом с работой, спасибо {b_dat}.",
                "Пью {drink} из {b_gen} каждое утро и ни разу не {разочаровалась|разочаровался}.",
                "{Зашла|Зашел} в {b_acc} {place} за кофе — вкус как в хорошей спешелти-кофейне.",
                "Сегодня в {b_prep} сварили идеальный фильтр, буду заходить чаще.",
            ],
            U: [
                "{Взяла|Взял} {drink} в {b_prep} {place}, обычный, ничего особенного.",
                "Кофе в {b_prep} примерно как везде в центре.",
                "Сегодня утро началось с кофе из {b_gen}: {взяла|взял} {drink}.",
                "В {b_prep} поменяли зерно для эспрессо, вкус стал чуть кислее.",
            ],
            N: [
                "{Взяла|Взял} {drink} в {b_prep} {place} — горький и остывший, вылила.",
                "Кофе в {b_prep} стал заметно хуже, чем год назад.",
                "Сегодня в {b_prep} {place} был кислый эспрессо и пережаренное молоко.",
                "Не понимаю хвалебных отзывов про {b_acc}: кофе водянистый.",
            ],
        },
        "en": {
            P: [
                "Had a {drink_en} at {b_en} {place_en}, really smooth and not bitter.",
                "Great coffee at {b_en} today, the beans taste fresh.",
            ],
            U: [
                "Grabbed a {drink_en} at {b_en}, pretty standard.",
                "Coffee at {b_en} is about the same as everywhere in the centre.",
            ],
            N: [
                "The {drink_en} at {b_en} {place_en} was burnt and lukewarm.",
                "Coffee at {b_en} has gone downhill lately.",
            ],
        },
    },
    "barista": {
        "ru": {
            P: [
                "Бариста в {b_prep} {place} — просто солнце, запомнила мой заказ.",
                "Спасибо ребятам из {b_gen} {place} за улыбки с утра.",
                "Бариста в {b_prep} нарисовал котика на капучино, день удался.",
                "В {b_prep} очень вежливый персонал, всегда подскажут, что попробовать.",
            ],
            U: [
                "В {b_prep} {place} сменилась команда бариста.",
                "Бариста в {b_prep} посоветовал попробовать {drink}.",
                "В {b_prep} ищут бариста, {видела|видел} объявление на двери.",
            ],
            N: [
                "Бариста в {b_prep} {place} весь заказ сидел в телефоне.",
                "Нахамили в {b_prep} {place}, когда {попросила|попросил} переделать напиток.",
                "Персонал в {b_prep} перепутал заказ второй раз за неделю.",
            ],
        },
        "en": {
            P: ["The baristas at {b_en} {place_en} are lovely, they remembered my order."],
            U: ["New barista team at {b_en} {place_en}."],
            N: ["The barista at {b_en} was rude when I asked to remake my drink."],
        },
    },
    "queue": {
        "ru": {
            P: [
                "Даже в час пик в {b_prep} {place} очередь идет быстро.",
                "{Заказала|Заказал} через приложение {b_gen} и забрала без очереди, удобно.",
            ],
            U: ["Утром в {b_prep} {place} очередь человек десять.", "В обед в {b_prep} всегда людно."],
            N: [
                "{Простояла|Простоял} в {b_prep} {place} 20 минут в очереди, {опоздала|опоздал} на работу.",
                "Очереди в {b_prep} по утрам просто невыносимые.",
                "В {b_prep} одна касса на весь утренний поток, это издевательство.",
            ],
        },
        "en": {
            P: ["Even at rush hour the line at {b_en} moves fast."],
            U: ["Long-ish queue at {b_en} {place_en} this morning."],
            N: ["Waited 20 minutes in line at {b_en}, late for work again."],
        },
    },
    "price": {
        "ru": {
            P: [
                "Для центра цены в {b_prep} вполне адекватные.",
                "Кэшбэк в {b_prep} реально экономит, капучино выходит дешевле.",
            ],
            U: [
                "{Сравнила|Сравнил} цены: в {b_prep} капучино стоит столько же, сколько у соседей.",
                "В {b_prep} обновили цены в меню.",
            ],
            N: [
                "Капучино в {b_prep} за 320 рублей — это перебор.",
                "Цены в {b_prep} растут быстрее, чем моя зарплата.",
                "В {b_prep} снова подняли цены, а порции стали меньше.",
            ],
        },
        "en": {
            P: ["Prices at {b_en} are fair for the city centre."],
            U: ["{b_en} updated the prices on the menu."],
            N: ["350 roubles for a latte at {b_en}? Too much."],
        },
    },
    "loyalty": {
        "ru": {
            P: [
                "Приложение {b_gen} удобное: заказала заранее и забрала по пути.",
                "Кэшбэк в {b_prep} копится быстро, уже третий кофе за баллы.",
                "Обожаю карту {b_gen}: каждый десятый кофе в подарок.",
            ],
            U: [
                "{Установила|Установил} приложение {b_gen}, посмотрим, как работает кэшбэк.",
                "В приложении {b_gen} появились персональные предложения.",
            ],
            N: [
                "Баллы в приложении {b_gen} опять не начислились.",
                "Приложение {b_gen} постоянно разлогинивает, бесит.",
                "Кэшбэк в {b_prep} урезали, теперь смысла в карте почти нет.",
            ],
        },
        "en": {
            P: ["The {b_en} app is handy, I order ahead and skip the line."],
            U: ["Installed the {b_en} app to try the cashback."],
            N: ["My {b_en} points didn't show up in the app again."],
        },
    },
    "new_drinks": {
        "ru": {
            P: [
                "{Попробовала|Попробовал} новинку {b_gen} — {newdrink}, очень удачно.",
                "{newdrink} в {b_prep} — мой новый фаворит.",
            ],
            U: ["В меню {b_gen} добавили {newdrink}.", "В {b_prep} теперь есть {newdrink}, надо попробовать."],
            N: ["Новинка {b_gen} — {newdrink} — слишком сладко, не {допила|допил}."],
        },
        "en": {
            P: ["Tried the new {newdrink_en} at {b_en}, so good."],
            U: ["{b_en} added a {newdrink_en} to the menu."],
            N: ["The new {newdrink_en} at {b_en} is way too sweet."],
        },
    },
    "desserts": {
        "ru": {
            P: ["{dessert} в {b_prep} просто тает во рту.", "{Взяла|Взял} к кофе {dessert} — свежий и не приторный."],
            U: ["В {b_prep} {place} к обеду закончились десерты.", "В {b_prep} теперь есть {dessert} без сахара."],
            N: [
                "{dessert} в {b_prep} был вчерашний и сухой.",
                "Десерты в {b_prep} стоят как обед, а на вкус как из супермаркета.",
            ],
        },
        "en": {
            P: ["The {dessert_en} at {b_en} is amazing."],
            U: ["{b_en} has a sugar-free {dessert_en} now."],
            N: ["Stale {dessert_en} at {b_en} today."],
        },
    },
    "workspace": {
        "ru": {
            P: [
                "В {b_prep} {place} отличный Wi-Fi и розетки у каждого стола, работаю тут весь день.",
                "Тихо, удобно, хороший интернет — {b} мой второй офис.",
            ],
            U: ["Работаю сегодня из {b_gen} {place}.", "В {b_prep} {place} поставили большой стол для ноутбуков."],
            N: [
                "Wi-Fi в {b_prep} {place} не работает уже неделю.",
                "В {b_prep} музыка так орет, что невозможно созвониться.",
            ],
        },
        "en": {
            P: ["Great Wi-Fi and plenty of sockets at {b_en} {place_en}, perfect for working."],
            U: ["Working from {b_en} today."],
            N: ["Wi-Fi at {b_en} keeps dropping, impossible to work."],
        },
    },
    "speed": {
        "ru": {
            P: [
                "Кофе в {b_prep} делают за пару минут, даже утром.",
                "{Заказала|Заказал} в приложении — в {b_prep} все было готово через три минуты.",
            ],
            U: ["В {b_prep} {place} кофе готовят минут пять-семь."],
            N: [
                "{Ждала|Ждал} свой {drink} в {b_prep} 15 минут, хотя людей не было.",
                "В {b_prep} заказ из приложения не был готов к указанному времени.",
            ],
        },
        "en": {
            P: ["Super quick service at {b_en} this morning."],
            U: ["Coffee at {b_en} takes about five minutes."],
            N: ["Waited 15 minutes for a {drink_en} at {b_en} with nobody in line."],
        },
    },
    "cleanliness": {
        "ru": {
            P: [
                "В {b_prep} {place} всегда чисто и пахнет кофе, а не хлоркой.",
                "Уютный и чистый зал в {b_prep}, приятно посидеть.",
            ],
            U: ["В {b_prep} {place} сделали ремонт зала."],
            N: ["В {b_prep} {place} грязные столы и переполненная урна.", "В туалете в {b_prep} опять нет бумаги."],
        },
        "en": {
            P: ["Always clean and cosy at {b_en}."],
            U: ["{b_en} {place_en} has been refurbished."],
            N: ["Sticky tables at {b_en} {place_en}, not great."],
        },
    },
    "opening": {
        "ru": {
            P: ["Наконец-то открылась кофейня {b_gen} {place}, теперь кофе рядом с домом."],
            U: ["Новая кофейня {b_gen} открылась {place}."],
            N: ["Новую кофейню {b_gen} {place} открыли, а посадочных мест почти нет."],
        },
        "en": {
            P: ["A new {b_en} opened {place_en}, finally coffee near home."],
            U: ["New {b_en} opened {place_en}."],
            N: ["The new {b_en} {place_en} has almost no seats."],
        },
    },
    "seasonal": {
        "ru": {
            P: [
                "Сезонное меню в {b_prep} огонь: {взяла|взял} {sdrink}, очень вкусно.",
                "Каждый день захожу в {b_acc} за {sdrink}.",
            ],
            U: ["В {b_prep} обновили сезонное меню, теперь есть {sdrink}."],
            N: ["Сезонный {sdrink} в {b_prep} не впечатлил: слишком сладко."],
        },
        "en": {
            P: ["The seasonal {sdrink_en} at {b_en} is lovely."],
            U: ["{b_en} has a new seasonal menu with {sdrink_en}."],
            N: ["The seasonal {sdrink_en} at {b_en} was too sweet."],
        },
    },
    # --- brand events (used only around their dates) ---
    "outage": {
        "ru": {
            N: [
                "Приложение {b_gen} не работает, карту не принимают, а наличных нет. {Ушла|Ушел} без кофе.",
                "В {b_prep} {place} не проходит оплата картой, очередь на полкофейни.",
                "{b}, вы серьезно? Ни приложение, ни терминал не работают с утра.",
                "Второй день в {b_prep} не работает оплата. Как так можно?",
                "Баллы списались, а заказ не создался. Приложение {b_gen} лежит.",
                "Бариста в {b_prep} только разводят руками: терминалы не работают по всей сети.",
                "{Хотела|Хотел} оплатить кэшбэком — приложение {b_gen} выдает ошибку. Верните баллы!",
                "Сбой в {b_prep}: деньги с карты списали дважды, а чек не выдали.",
                "Стою в {b_prep} {place}, принимают только наличные. Какой это год вообще?",
                "Пятый раз пытаюсь войти в приложение {b_gen}. Бесполезно, сервис ужасный.",
            ],
            U: [
                "В {b_prep} сегодня принимают только наличные, имейте в виду.",
                "Похоже, у {b_gen} масштабный сбой оплаты во всех кофейнях.",
                "В {b_prep} пишут, что чинят платежи и приложение.",
            ],
        },
        "en": {
            N: [
                "The {b_en} app is down and they can't take cards. No coffee for me.",
                "Card payments not working at {b_en} {place_en} for the second day. Awful.",
            ],
            U: ["Looks like {b_en} has a payment outage in every shop."],
        },
    },
    "apology": {
        "ru": {
            P: [
                "В {b_prep} извинились за сбой и дали промокод, приятно.",
                "Промокод от {b_gen} сработал, кофе за счет заведения. Инцидент исчерпан.",
                "Хорошо, что в {b_prep} не стали молчать и нормально извинились.",
            ],
            U: [
                "В {b_prep} опубликовали извинения за сбой оплаты 14–15 июля.",
                "Пришел промокод от {b_gen} за сбой, надо не забыть использовать.",
            ],
            N: [
                "Промокод за два дня без кофе? Так себе компенсация от {b_gen}.",
                "Извинения {b_gen} приняты, но осадочек остался.",
                "Промокод от {b_gen} не применяется в приложении. Опять.",
            ],
        },
        "en": {
            P: ["{b_en} apologised for the outage and sent a promo code, nice touch."],
            U: ["{b_en} posted an apology for the payment outage."],
            N: ["A promo code after two days of outage? Meh, {b_en}."],
        },
    },
    "festival": {
        "ru": {
            P: [
                "Заглянули на стенд {b_gen} на кофейном фестивале — отличная дегустация!",
                "На фестивале у {b_gen} самый вкусный колд брю, очередь того стоила.",
                "Бариста {b_gen} на фестивале показывали латте-арт, дети в восторге.",
            ],
            U: [
                "Стенд {b_gen} на кофейном фестивале стоит у главной сцены.",
                "На городском кофейном фестивале есть стенд {b_gen}.",
            ],
            N: ["На стенде {b_gen} на фестивале очередь минут на сорок, не дождались."],
        },
        "en": {
            P: ["Loved the {b_en} stand at the coffee festival!"],
            U: ["{b_en} has a stand at the city coffee festival this weekend."],
        },
    },
    "tv": {
        "ru": {
            P: [
                "{Видела|Видел} рекламу {b_gen} по телевизору, захотелось зайти — и не зря.",
                "Классный ролик у {b_gen} на ТВ, песня прилипла.",
                "{Зашла|Зашел} в {b_acc} после рекламы по ТВ, кофе правда хороший.",
            ],
            U: [
                "{Увидела|Увидел} рекламу {b_gen} по ТВ, оказывается, кофейня есть рядом с домом.",
                "Рекламу {b_gen} теперь крутят по телевизору.",
            ],
            N: ["Реклама {b_gen} по телевизору каждые полчаса, уже надоела."],
        },
        "en": {P: ["Saw the {b_en} ad on TV and finally went in, worth it."], U: ["{b_en} has a TV ad now."]},
    },
    "promo": {
        "ru": {
            P: [
                "«Осенний кэшбэк» в {b_prep} — 20% баллами, беру кофе только там.",
                "Благодаря осеннему кэшбэку в {b_prep} уже {накопила|накопил} на пару бесплатных рафов.",
                "Акция с кэшбэком в {b_prep} — лучшее, что было этой осенью.",
            ],
            U: [
                "В {b_prep} до 11 октября идет акция «Осенний кэшбэк».",
                "Участвую в «Осеннем кэшбэке» {b_gen}, баллы приходят на следующий день.",
            ],
            N: ["Кэшбэк по акции в {b_prep} так и не пришел.", "Из-за акции в {b_prep} очереди стали еще длиннее."],
        },
        "en": {
            P: ["{b_en}'s autumn cashback is great, 20% back in points."],
            U: ["{b_en} runs an autumn cashback promo until 11 October."],
            N: ["Still waiting for my autumn cashback points from {b_en}."],
        },
    },
    "winter_menu": {
        "ru": {
            P: [
                "Зимнее меню в {b_prep} — пряничный раф просто идеальный.",
                "{Попробовала|Попробовал} латте с имбирным печеньем в {b_prep}, вкус Нового года!",
                "В {b_prep} запустили зимнее меню, какао с кардамоном — любовь.",
                "Ради пряничного рафа из {b_gen} {готова|готов} вставать раньше.",
            ],
            U: [
                "В {b_prep} с 17 ноября зимнее меню: пряничный раф, какао с кардамоном и облепиховый чай.",
                "{Видела|Видел} в {b_prep} новое зимнее меню, завтра попробую.",
            ],
            N: [
                "Пряничный раф в {b_prep} слишком сладкий, на любителя.",
                "Зимнее меню в {b_prep} дороговато: раф за 390.",
            ],
        },
        "en": {
            P: ["The gingerbread raf at {b_en} is perfect!"],
            U: ["{b_en} launched its winter menu today."],
            N: ["The gingerbread raf at {b_en} is too sweet for me."],
        },
    },
    # --- competitors' own topics ---
    "influencer": {
        "ru": {
            P: [
                "{Увидела|Увидел} {b_acc} у блогеров и {решила|решил} попробовать — понравилось!",
                "Блогеры массово пьют кофе в {b_prep}, сходила — и правда вкусно.",
                "По промокоду от блогера {взяла|взял} {drink} в {b_prep} со скидкой, вкусно.",
            ],
            U: [
                "У {b_gen} этой весной коллаборация с блогерами, их стаканы везде.",
                "Промокод блогера на скидку в {b_prep} действует до 10 мая.",
            ],
            N: [
                "Каждый второй блогер рекламирует {b_acc}, уже тошнит.",
                "{Сходила|Сходил} в {b_acc} по совету блогера — обычный кофе, хайп ради хайпа.",
            ],
        },
        "en": {
            P: ["Every influencer is posting about {b_en}, tried it and liked it."],
            U: ["{b_en} is doing a big influencer campaign this spring."],
            N: ["Too many paid posts about {b_en}, it's just coffee."],
        },
    },
    "interior": {
        "ru": {
            P: ["Интерьер в {b_prep} {place} очень красивый, все фотографируются."],
            U: ["В {b_prep} {place} поменяли мебель и свет."],
            N: ["В {b_prep} красиво, но сидеть на этих табуретках неудобно."],
        },
        "en": {
            P: ["Beautiful interior at {b_en} {place_en}."],
            U: ["{b_en} {place_en} has new furniture."],
            N: ["Pretty place, but the stools at {b_en} are uncomfortable."],
        },
    },
    "breakfast": {
        "ru": {
            P: ["Завтраки в {b_prep} — сырники просто лучшие.", "Овсянка и {drink} в {b_prep} — идеальное утро."],
            U: ["В {b_prep} завтраки подают до 12:00."],
            N: ["Сырники в {b_prep} сегодня были холодные."],
        },
        "en": {
            P: ["Great breakfast at {b_en}, the syrniki are the best."],
            U: ["{b_en} serves breakfast until noon."],
            N: ["Cold syrniki at {b_en} this morning."],
        },
    },
}

QUESTIONS = {
    "ru": [
        "Во сколько открывается {b} {place}?",
        "В {b_prep} есть растительное молоко?",
        "{b} {place} работает в выходные?",
        "Можно ли в {b_prep} оплатить баллами весь заказ?",
        "Подскажите, в {b_prep} {place} есть розетки?",
        "Как привязать карту к приложению {b_gen}?",
        "Можно прийти в {b_acc} с собакой?",
        "Сколько сейчас стоит капучино в {b_prep}?",
        "До скольки работает {b} {place}?",
        "В {b_prep} можно заказать кофе с собой на весь офис?",
        "Почему в приложении {b_gen} не видно баллов?",
        "Кто пробовал {newdrink} в {b_prep}? Стоит брать?",
    ],
    "en": [
        "Do you have oat milk, {b_en}?",
        "What time does {b_en} {place_en} open?",
        "Is there Wi-Fi at {b_en}?",
        "Can I pay with points at {b_en}?",
        "Is {b_en} {place_en} open on Sundays?",
    ],
}

CLOSERS = {
    "ru": {
        P: ["Рекомендую!", "Всем советую.", "Еще вернусь.", "5 из 5.", "Любимая кофейня.", "Спасибо!"],
        U: ["Посмотрим.", "Как-то так."],
        N: ["Больше не приду.", "{Разочарована|Разочарован}.", "Очень жаль.", "Верните нормальный сервис.", "1 из 5."],
    },
    "en": {P: ["Recommend!", "Will be back."], U: ["We'll see."], N: ["Not coming back.", "Disappointed."]},
}

HEADLINES = {
    "ru": {
        None: [
            "Сеть кофеен {bq} расширяет присутствие в Москве и Петербурге",
            "Где выпить хороший кофе в центре: обзор городских сетей",
            "Кофе с собой: сравниваем сети кофеен города",
            "Рынок кофеен: сети повышают цены на капучино",
            "Сеть кофеен {bq} открыла новую точку",
            "Как кофейни борются за утренних покупателей",
        ],
        "outage": ["Сбой оплаты остановил кофейни {bq}", "Клиенты сети {bq} два дня не могли расплатиться картой"],
        "apology": ["Сеть {bq} извинилась перед клиентами и раздает промокоды"],
        "festival": [
            "Городской кофейный фестиваль собрал тысячи гостей",
            "Сеть {bq} привезла на фестиваль летнее меню",
        ],
        "tv": ["Сеть кофеен {bq} запустила первую ТВ-кампанию"],
        "promo": ["Сеть {bq} запускает «Осенний кэшбэк»", "Кэшбэк вместо скидок: как кофейни удерживают клиентов"],
        "winter_menu": [
            "Сеть {bq} представила зимнее меню с пряничным рафом",
            "Пряники и кардамон: кофейни запускают зимние меню",
        ],
        "influencer": ["Сеть кофеен {bq} сделала ставку на блогеров", "Инфлюенсеры и кофе: весенняя кампания {bq}"],
    },
    "en": {
        None: [
            "{b_en} coffee chain expands in Moscow and St Petersburg",
            "Where to get good coffee in the city centre",
        ],
        "outage": ["Payment outage hits {b_en} coffee shops"],
        "apology": ["{b_en} apologises with promo codes"],
        "festival": ["City coffee festival draws crowds"],
        "tv": ["{b_en} launches its first TV campaign"],
        "promo": ["{b_en} launches autumn cashback"],
        "winter_menu": ["{b_en} launches a winter menu"],
        "influencer": ["{b_en} bets on influencers"],
    },
}

HASHTAGS = {
    "zerno": ["#зерно", "#зернокофе", "#кофе", "#кофейня", "#кофемосква", "#кофеспб", "#zernocoffee"],
    "krona": ["#крона", "#кронакофе", "#кофе", "#кофейня", "#кофемосква"],
    "utro": ["#утрокофе", "#завтрак", "#кофе", "#кофейня"],
}
TOPIC_HASHTAGS = {
    "winter_menu": "#зимнеменю",
    "promo": "#осеннийкэшбэк",
    "festival": "#кофейныйфестиваль",
    "influencer": "#кронавесна",
    "tv": "#зернорядом",
}

# --- domains and channels --------------------------------------------------------------------
NEWS_DOMAINS = [
    "gazeta-example.ru",
    "stolichny-vestnik.ru",
    "nevsky-kurier-news.ru",
    "food-retail-obzor.ru",
    "biznes-kofe-news.ru",
]
BLOG_DOMAINS = ["kofeinye-zametki.ru", "blog.gorod-vkusa.ru", "zametki-barista.ru"]
FORUM_DOMAINS = ["kofe-forum.ru", "forum.gorod-mam-example.ru"]
REVIEW_DOMAINS = ["otzyvy-gorod.ru", "karta-otzyvov.ru", "gde-kofe.ru"]
TG_CITIES = [
    ("moskva", "Москва"),
    ("msk", "Москва"),
    ("spb", "Петербург"),
    ("piter", "Питер"),
    ("centr_msk", "Центр Москвы"),
    ("nevsky", "Невский"),
    ("ofis", "Офисная жизнь"),
]
TG_THEMES = [
    ("kofe", "кофе"),
    ("eda", "еда"),
    ("gde_poest", "где поесть"),
    ("afisha", "афиша"),
    ("zavtraki", "завтраки"),
    ("vkusno", "вкусно"),
    ("novosti", "новости"),
    ("life", "жизнь"),
    ("skidki", "скидки"),
    ("zametki", "заметки"),
]

# --- people: first names (Cyrillic, Latin, female?) and surnames (masculine form) -------------
FIRST_NAMES = [
    ("Анна", "anna", 1),
    ("Мария", "maria", 1),
    ("Ольга", "olga", 1),
    ("Екатерина", "katya", 1),
    ("Дарья", "dasha", 1),
    ("Светлана", "sveta", 1),
    ("Ирина", "ira", 1),
    ("Анастасия", "nastya", 1),
    ("Елена", "lena", 1),
    ("Юлия", "yulia", 1),
    ("Виктория", "vika", 1),
    ("Полина", "polina", 1),
    ("Алина", "alina", 1),
    ("Ксения", "ksenia", 1),
    ("Вера", "vera", 1),
    ("Софья", "sonya", 1),
    ("Елизавета", "liza", 1),
    ("Наталья", "natasha", 1),
    ("Татьяна", "tanya", 1),
    ("Марина", "marina", 1),
    ("Алексей", "alex", 0),
    ("Дмитрий", "dima", 0),
    ("Сергей", "sergey", 0),
    ("Иван", "ivan", 0),
    ("Максим", "max", 0),
    ("Павел", "pavel", 0),
    ("Никита", "nikita", 0),
    ("Артем", "artem", 0),
    ("Михаил", "misha", 0),
    ("Александр", "sasha", 0),
    ("Кирилл", "kirill", 0),
    ("Егор", "egor", 0),
    ("Денис", "denis", 0),
    ("Роман", "roma", 0),
    ("Глеб", "gleb", 0),
    ("Тимур", "timur", 0),
    ("Олег", "oleg", 0),
    ("Андрей", "andrey", 0),
    ("Илья", "ilya", 0),
    ("Федор", "fedor", 0),
]
SURNAMES = [
    ("Соколов", "sokolov"),
    ("Иванов", "ivanov"),
    ("Кузнецов", "kuznetsov"),
    ("Смирнов", "smirnov"),
    ("Попов", "popov"),
    ("Лебедев", "lebedev"),
    ("Козлов", "kozlov"),
    ("Новиков", "novikov"),
    ("Морозов", "morozov"),
    ("Волков", "volkov"),
    ("Васильев", "vasiliev"),
    ("Зайцев", "zaytsev"),
    ("Павлов", "pavlov"),
    ("Голубев", "golubev"),
    ("Виноградов", "vinogradov"),
    ("Богданов", "bogdanov"),
    ("Федоров", "fedorov"),
    ("Михайлов", "mikhaylov"),
    ("Беляев", "belyaev"),
    ("Тарасов", "tarasov"),
    ("Белов", "belov"),
    ("Комаров", "komarov"),
    ("Орлов", "orlov"),
    ("Макаров", "makarov"),
    ("Андреев", "andreev"),
    ("Ильин", "ilyin"),
    ("Гусев", "gusev"),
    ("Титов", "titov"),
    ("Кузьмин", "kuzmin"),
    ("Баранов", "baranov"),
    ("Куликов", "kulikov"),
    ("Алексеев", "alekseev"),
    ("Степанов", "stepanov"),
    ("Яковлев", "yakovlev"),
    ("Сорокин", "sorokin"),
    ("Романов", "romanov"),
    ("Захаров", "zakharov"),
    ("Борисов", "borisov"),
    ("Григорьев", "grigoriev"),
    ("Лазарев", "lazarev"),
    ("Никитин", "nikitin"),
    ("Соболев", "sobolev"),
    ("Поляков", "polyakov"),
    ("Цветков", "tsvetkov"),
    ("Данилов", "danilov"),
    ("Жуков", "zhukov"),
    ("Фролов", "frolov"),
    ("Крылов", "krylov"),
    ("Максимов", "maksimov"),
    ("Осипов", "osipov"),
    ("Егоров", "egorov"),
    ("Матвеев", "matveev"),
    ("Калинин", "kalinin"),
    ("Антонов", "antonov"),
    ("Марков", "markov"),
    ("Миронов", "mironov"),
    ("Громов", "gromov"),
    ("Фомин", "fomin"),
    ("Давыдов", "davydov"),
    ("Мельников", "melnikov"),
    ("Карпов", "karpov"),
    ("Власов", "vlasov"),
    ("Тихонов", "tikhonov"),
    ("Котов", "kotov"),
    ("Быков", "bykov"),
    ("Зуев", "zuev"),
    ("Панов", "panov"),
    ("Воронов", "voronov"),
    ("Чернов", "chernov"),
    ("Назаров", "nazarov"),
    ("Лукин", "lukin"),
    ("Жданов", "zhdanov"),
    ("Савин", "savin"),
    ("Зимин", "zimin"),
    ("Рогов", "rogov"),
    ("Носов", "nosov"),
]
HANDLE_WORDS = ["coffee", "kofe", "latte", "msk", "spb", "life", "travel", "foodie", "daily", "photo", "city"]

# --- our own posts (VK, Telegram, Instagram). No emoji here: VK files are Windows-1251. ----------
# Telegram and Instagram add the topic's emoji from POST_EMOJI.
OWN_POSTS = {
    "coffee": [
        "Доброе утро! Сегодня во всех кофейнях Зерна варим {drink} на новом эфиопском зерне. Заходите попробовать.",
        "Секрет хорошего кофе? Свежая обжарка и бариста, который любит свое дело. У нас есть и то, и другое.",
        "Новая обжарка недели: Колумбия, ноты карамели и ореха. Попробуйте в фильтре или в {drink}.",
        "Кофе недели — Кения: яркая кислотность и ноты черной смородины. Лучше всего раскрывается в фильтре.",
        "Как мы выбираем зерно: пробуем десятки лотов и оставляем два-три на сезон. Сейчас в эспрессо — "
        "Бразилия и Эфиопия.",
        "Утро понедельника требует {drink}. Мы уже открыты и ждем вас.",
        "Больше четырех тысяч чашек в день во всех кофейнях. Спасибо, что выбираете Зерно!",
    ],
    "barista": [
        "Знакомьтесь: команда Зерна {place}. Ребята варят кофе с семи утра и помнят заказы постоянных гостей.",
        "Наши бариста вернулись с чемпионата по латте-арту с дипломом. Гордимся!",
        "Как стать бариста Зерна? Мы ищем людей в команды Москвы и Петербурга, обучение за наш счет.",
        "За кулисами: каждое утро бариста настраивают помол и пробуют эспрессо, прежде чем открыть двери.",
        "Спасибо нашим бариста за улыбки в семь утра. Вы лучшие!",
    ],
    "dessert": [
        "К кофе сегодня рекомендуем {dessert}: печем каждое утро в нашей пекарне.",
        "Новый десерт в Зерне — {dessert} с соленой карамелью. Уже пробовали?",
        "Морковный торт по рецепту нашего шефа снова в витрине.",
        "Круассаны печем дважды в день, чтобы к обеду они были такими же хрустящими, как утром.",
        "{dessert} и {drink} — идеальная пара на вторую половину дня.",
    ],
    "loyalty": [
        "В приложении Зерна копится кэшбэк: 5% баллами с каждой покупки. Заказывайте заранее и забирайте без очереди.",
        "Каждый десятый напиток — в подарок. Просто покажите карту Зерна в приложении.",
        "Обновили приложение: теперь можно сохранить любимый заказ и повторить его в одно касание.",
        "Пригласите друга в приложение Зерна — и вы оба получите по 200 баллов.",
        "Баллы можно тратить на любые напитки и десерты. Проверьте баланс в приложении.",
    ],
    "workspace": [
        "Работаете из кофейни? В Зерне {place} большой стол, розетки и быстрый Wi-Fi. Приходите с ноутбуком.",
        "Тихие часы в Зерне: с 14 до 17 приглушаем музыку для тех, кто работает.",
        "Wi-Fi без пароля, розетки у окна и фильтр-кофе с доливом. Ждем на удаленке.",
    ],
    "seasonal": [
        "Сезонное меню уже в кофейнях: {sdrink} и еще пара новинок. Какая понравилась больше?",
        "Пока за окном такая погода, пьем {sdrink}. Есть во всех кофейнях Зерна.",
        "{sdrink} — новинка сезона. Пробовали уже? Пишите, как вам.",
    ],
    "poll": [
        "Вопрос дня: какой напиток вы берете по утрам? Пишите в комментариях!",
        "Кофе с молоком или черный? Голосуйте в комментариях.",
        "Какую новинку добавить в меню следующей? Ждем ваши идеи.",
        "Сколько чашек кофе в день вы выпиваете? Честно!",
        "Круассан или чизкейк к утреннему кофе? Выбирайте в комментариях.",
    ],
    "opening": [
        "Открыли новую кофейню {place}! Первую неделю — второй напиток в подарок.",
        "Зерно теперь и {place}. Ждем в гости с 8 утра.",
        "Новая кофейня Зерна открылась {place}. Заходите знакомиться с командой!",
    ],
    "tv": [
        "Наш ролик «Зерно рядом» уже на ТВ! Увидели? Расскажите, где.",
        "Кофе рядом с домом, работой и учебой — об этом наш первый телеролик. Смотрите весь март.",
        "Спасибо, что заходите после нашего ролика! В кофейнях сейчас людно, но очередь идет быстро.",
    ],
    "promo": [
        "«Осенний кэшбэк» в Зерне: с 14 сентября по 11 октября возвращаем 20% баллами за каждый напиток.",
        "Баллы «Осеннего кэшбэка» можно тратить на любые напитки и десерты. Акция до 11 октября.",
        "Осталась неделя «Осеннего кэшбэка»! Успейте накопить баллы до 11 октября.",
    ],
    "festival": [
        "6–7 июня ждем вас на городском кофейном фестивале: стенд Зерна у главной сцены, дегустации и латте-арт.",
        "Мы на кофейном фестивале! Колд брю, мастер-классы и подарки за подписку.",
        "Спасибо всем, кто пришел к нам на фестиваль! Вы выпили больше трех тысяч порций колд брю.",
    ],
    "apology": [
        "Друзья, 14 и 15 июля во всех наших кофейнях не работали приложение и оплата картой. Это наша ошибка, "
        "и нам очень жаль, что вы остались без кофе. Сбой устранен, а в приложении вас ждет промокод ПРОСТИ "
        "на бесплатный напиток до 31 июля."
    ],
    "winter_menu": [
        "Зимнее меню уже в Зерне! Пряничный раф, латте с имбирным печеньем, какао с кардамоном и "
        "облепиховый чай — во всех кофейнях Москвы и Петербурга с 17 ноября. Что попробуете первым?",
        "Пряничный раф — хит зимнего меню. Согревает лучше шарфа.",
        "Какао с кардамоном: густой, пряный и совсем не приторный. Новинка зимнего меню.",
        "Латте с имбирным печеньем — тот самый вкус праздников. Уже в кофейнях Зерна.",
        "Облепиховый чай с медом и апельсином — для тех, кто не пьет кофе вечером.",
    ],
    "holiday": {
        (12, 31): "С наступающим Новым годом! 31 декабря работаем до 18:00, 1 января — с 12:00.",
        (2, 14): "С Днем всех влюбленных! Сегодня второй раф для вашей половинки — в подарок.",
        (3, 8): "С 8 Марта! Сегодня всех гостей ждет комплимент к кофе.",
        (9, 1): "С Днем знаний! Студентам по билету — скидка 15% весь сентябрь.",
    },
}
OWN_POSTS_EN = {
    "coffee": "Good morning! Fresh Ethiopian beans in every Zerno today. Come and try a {drink_en}.",
    "seasonal": "Seasonal menu is here: {sdrink_en} in every Zerno shop.",
    "winter_menu": "Winter menu is here! Gingerbread raf, gingerbread cookie latte and cardamom cocoa "
    "from 17 November.",
    "apology": "On 14 and 15 July our app and card payments were down in every shop. We are truly sorry. "
    "Use the code ПРОСТИ for a free drink until 31 July.",
    "promo": "Autumn cashback: 20% back in points on every drink until 11 October.",
}
POST_EMOJI = {
    "coffee": "☕",
    "barista": "👋",
    "dessert": "🍰",
    "loyalty": "📱",
    "workspace": "💻",
    "seasonal": "🍂",
    "poll": "❓",
    "opening": "🎉",
    "tv": "📺",
    "promo": "💸",
    "festival": "🎪",
    "apology": "🙏",
    "winter_menu": "❄️",
    "holiday": "🎁",
}
INSTAGRAM_TAGS = "#зерно #зернокофе #кофе #кофейня"

# Body sentences for news items (the title comes from HEADLINES).
NEWS_BODY = {
    "ru": {
        None: [
            "Сеть {bq} насчитывает несколько десятков кофеен в Москве и Санкт-Петербурге.",
            "По оценкам участников рынка, средний чек в городских кофейнях за год вырос на 6–8%.",
            "Аналитики отмечают, что покупатели все чаще заказывают кофе через приложения.",
        ],
        "outage": [
            "14 и 15 июля в кофейнях сети не работали мобильное приложение и оплата картой.",
            "Покупатели жаловались на очереди и двойные списания.",
        ],
        "apology": ["Компания извинилась и начислила клиентам промокод на бесплатный напиток."],
        "festival": ["Фестиваль прошел 6 и 7 июня, участники показывали летние напитки и проводили дегустации."],
        "tv": ["Ролик «Зерно рядом» выходит на федеральных каналах весь март."],
        "promo": ["По условиям акции покупатели получают 20% стоимости напитка баллами до 11 октября."],
        "winter_menu": ["В зимнее меню вошли пряничный раф, латте с имбирным печеньем и какао с кардамоном."],
        "influencer": ["В кампании участвуют более тридцати блогеров, промокоды действуют до 10 мая."],
    },
    "en": {
        None: ["{b_en} runs dozens of coffee shops in Moscow and St Petersburg."],
        "outage": ["On 14 and 15 July the chain's app and card payments were down."],
        "apology": ["The company apologised and sent customers a promo code for a free drink."],
        "festival": ["The festival took place on 6 and 7 June."],
        "tv": ["The TV spot runs on national channels throughout March."],
        "promo": ["Customers get 20% of the drink price back in points until 11 October."],
        "winter_menu": ["The winter menu includes a gingerbread raf and cardamom cocoa."],
        "influencer": ["More than thirty bloggers take part in the campaign."],
    },
}
