"""Questions in other languages whose answer is a Dutch answer of the demo content.

Written blind for issue #15 (before any ranking was looked at, never used for tuning):
English, Turkish, Arabic, Polish and Ukrainian, as newcomers and expats ask them.
``language`` is the ISO 639-1 code; ``expected`` lists the external ids, best first.
The last twelve have no answer in the demo content (``expected`` empty): written for the
chatbot's judgement of other-language questions, before their rankings were looked at.
"""

QUERIES = [
    # English
    {
        "query": "I lost my passport, what should I do?",
        "expected": ["paspoort-kwijt-gestolen"],
        "language": "en",
    },
    {
        "query": "How do I register my new address after moving house?",
        "expected": ["verhuizing-doorgeven"],
        "language": "en",
    },
    {"query": "When is my garbage collected?", "expected": ["afvalkalender"], "language": "en"},
    {
        "query": "How can I get a parking permit for my street?",
        "expected": ["parkeervergunning-bewoners"],
        "language": "en",
    },
    {
        "query": "I just moved to the Netherlands from abroad, how do I register?",
        "expected": ["verhuizen-vanuit-buitenland"],
        "language": "en",
    },
    {
        "query": "Can I exchange my foreign driving licence for a Dutch one?",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
        "language": "en",
    },
    {
        "query": "How do I get a certificate of conduct?",
        "expected": ["vog-aanvragen"],
        "language": "en",
    },
    {
        "query": "What are the opening hours of the city hall?",
        "expected": ["openingstijden"],
        "language": "en",
    },
    {"query": "I have debts and need help", "expected": ["schuldhulp"], "language": "en"},
    {
        "query": "How do I report the birth of my baby?",
        "expected": ["geboorte-aangeven"],
        "language": "en",
    },
    # Turkish
    {
        "query": "Pasaportumu kaybettim, ne yapmalıyım?",
        "expected": ["paspoort-kwijt-gestolen"],
        "language": "tr",
    },
    {"query": "Çöpüm hangi gün toplanıyor?", "expected": ["afvalkalender"], "language": "tr"},
    {
        "query": "Yeni adresime taşındım, adres değişikliğini nasıl bildiririm?",
        "expected": ["verhuizing-doorgeven"],
        "language": "tr",
    },
    {
        "query": "Ehliyetimin süresi doluyor, nasıl yenilerim?",
        "expected": ["rijbewijs-verlengen"],
        "language": "tr",
    },
    {
        "query": "Evlenmek istiyoruz, belediyede nikah nasıl yapılır?",
        "expected": ["trouwen"],
        "language": "tr",
    },
    {
        "query": "Borçlarım var, yardım alabilir miyim?",
        "expected": ["schuldhulp"],
        "language": "tr",
    },
    {
        "query": "Çocuğum için kimlik kartı nasıl alırım?",
        "expected": ["paspoort-kind-aanvragen"],
        "language": "tr",
    },
    {
        "query": "Belediyeyle nasıl iletişime geçebilirim?",
        "expected": ["contact-opnemen"],
        "language": "tr",
    },
    # Arabic
    {
        "query": "فقدت جواز سفري، ماذا أفعل؟",
        "expected": ["paspoort-kwijt-gestolen"],
        "language": "ar",
    },
    {
        "query": "كيف أسجل عنواني الجديد بعد الانتقال؟",
        "expected": ["verhuizing-doorgeven"],
        "language": "ar",
    },
    {"query": "متى يتم جمع القمامة في شارعي؟", "expected": ["afvalkalender"], "language": "ar"},
    {
        "query": "كيف أحصل على مساعدة اجتماعية لأنه ليس لدي دخل؟",
        "expected": ["bijstand-aanvragen"],
        "language": "ar",
    },
    {"query": "كيف أسجل ولادة طفلي؟", "expected": ["geboorte-aangeven"], "language": "ar"},
    {
        "query": "علي أن أتعلم اللغة الهولندية للاندماج، كيف تساعدني البلدية؟",
        "expected": ["inburgering"],
        "language": "ar",
    },
    {"query": "كيف أجد بيتا للإيجار؟", "expected": ["woning-zoeken"], "language": "ar"},
    {"query": "كيف أحجز موعدا في البلدية؟", "expected": ["afspraak-maken"], "language": "ar"},
    # Polish
    {
        "query": "Zgubiłem paszport, co mam zrobić?",
        "expected": ["paspoort-kwijt-gestolen"],
        "language": "pl",
    },
    {
        "query": "Jak zameldować się w gminie po przyjeździe z zagranicy?",
        "expected": ["verhuizen-vanuit-buitenland"],
        "language": "pl",
    },
    {"query": "Kiedy odbierane są śmieci?", "expected": ["afvalkalender"], "language": "pl"},
    {
        "query": "Czy mogę wymienić polskie prawo jazdy na holenderskie?",
        "expected": ["rijbewijs-buitenlands-omwisselen"],
        "language": "pl",
    },
    {
        "query": "Jak zgłosić zmianę adresu po przeprowadzce?",
        "expected": ["verhuizing-doorgeven"],
        "language": "pl",
    },
    {
        "query": "Ile kosztuje paszport lub dowód osobisty?",
        "expected": ["paspoort-id-kaart-kosten"],
        "language": "pl",
    },
    {
        "query": "Jak umówić wizytę w urzędzie gminy?",
        "expected": ["afspraak-maken"],
        "language": "pl",
    },
    {
        "query": "Gdzie mogę wyrzucić stare meble?",
        "expected": ["grofvuil-ophalen"],
        "language": "pl",
    },
    # Ukrainian
    {
        "query": "Я загубив паспорт, що мені робити?",
        "expected": ["paspoort-kwijt-gestolen"],
        "language": "uk",
    },
    {
        "query": "Як зареєструватися в муніципалітеті після переїзду з-за кордону?",
        "expected": ["verhuizen-vanuit-buitenland"],
        "language": "uk",
    },
    {"query": "Коли вивозять сміття?", "expected": ["afvalkalender"], "language": "uk"},
    {"query": "Як знайти житло в оренду?", "expected": ["woning-zoeken"], "language": "uk"},
    {
        "query": "Як записати мою дитину до дитячого садка для малюків?",
        "expected": ["peuteropvang"],
        "language": "uk",
    },
    {"query": "У мене борги, де отримати допомогу?", "expected": ["schuldhulp"], "language": "uk"},
    {
        "query": "Як повідомити про народження дитини?",
        "expected": ["geboorte-aangeven"],
        "language": "uk",
    },
    {
        "query": "Як отримати допомогу з оплатою оренди?",
        "expected": ["huurtoeslag"],
        "language": "uk",
    },
    # Without an answer in the demo content
    {"query": "How do I apply for Dutch citizenship?", "expected": [], "language": "en"},
    {"query": "Where can I get a flu shot?", "expected": [], "language": "en"},
    {"query": "What time does the swimming pool open?", "expected": [], "language": "en"},
    {"query": "Hollanda vatandaşlığına nasıl başvurabilirim?", "expected": [], "language": "tr"},
    {"query": "Kütüphane kartı nasıl alabilirim?", "expected": [], "language": "tr"},
    {"query": "Sağlık sigortası yaptırmak zorunda mıyım?", "expected": [], "language": "tr"},
    {"query": "أين يمكنني شراء تذكرة قطار؟", "expected": [], "language": "ar"},
    {"query": "كيف أسجل طفلي في المدرسة الابتدائية؟", "expected": [], "language": "ar"},
    {"query": "Gdzie mogę zgłosić kradzież roweru?", "expected": [], "language": "pl"},
    {"query": "Jak zapisać się na egzamin na prawo jazdy?", "expected": [], "language": "pl"},
    {"query": "Де можна отримати рибальський квиток?", "expected": [], "language": "uk"},
    {"query": "Як подати річну податкову декларацію?", "expected": [], "language": "uk"},
]
