//! Currency: ISO 4217 codes, the signs written before an amount and the names written after it.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached, Scaled};
use super::{Dimension, Spellings, Unit};

plain_unit!(USD, "USD", Currency);

plain_unit!(EUR, "EUR", Currency);

plain_unit!(GBP, "GBP", Currency);

plain_unit!(JPY, "JPY", Currency);

plain_unit!(CNY, "CNY", Currency);

plain_unit!(RUB, "RUB", Currency);

plain_unit!(KRW, "KRW", Currency);

plain_unit!(INR, "INR", Currency);

plain_unit!(UAH, "UAH", Currency);

plain_unit!(CHF, "CHF", Currency);

plain_unit!(AUD, "AUD", Currency);

plain_unit!(CAD, "CAD", Currency);

plain_unit!(HKD, "HKD", Currency);

plain_unit!(NZD, "NZD", Currency);

plain_unit!(SGD, "SGD", Currency);

plain_unit!(MYR, "MYR", Currency);

plain_unit!(SAR, "SAR", Currency);

plain_unit!(AED, "AED", Currency);

plain_unit!(ILS, "ILS", Currency);

plain_unit!(TRY, "TRY", Currency);

plain_unit!(ZAR, "ZAR", Currency);

plain_unit!(MXN, "MXN", Currency);

plain_unit!(BRL, "BRL", Currency);

plain_unit!(EGP, "EGP", Currency);

plain_unit!(KWD, "KWD", Currency);

plain_unit!(QAR, "QAR", Currency);

plain_unit!(NGN, "NGN", Currency);

plain_unit!(PLN, "PLN", Currency);

plain_unit!(SEK, "SEK", Currency);

plain_unit!(NOK, "NOK", Currency);

plain_unit!(DKK, "DKK", Currency);

plain_unit!(IRR, "IRR", Currency);

plain_unit!(BTC, "BTC", Currency);

plain_unit!(LBP, "LBP", Currency);

plain_unit!(BGN, "BGN", Currency);

plain_unit!(CZK, "CZK", Currency);

plain_unit!(HUF, "HUF", Currency);

plain_unit!(RON, "RON", Currency);

plain_unit!(THB, "THB", Currency);

plain_unit!(IDR, "IDR", Currency);

plain_unit!(VND, "VND", Currency);

plain_unit!(PKR, "PKR", Currency);

plain_unit!(BDT, "BDT", Currency);

plain_unit!(KZT, "KZT", Currency);

plain_unit!(ARS, "ARS", Currency);

plain_unit!(CLP, "CLP", Currency);

plain_unit!(COP, "COP", Currency);

plain_unit!(PEN, "PEN", Currency);

plain_unit!(TWD, "TWD", Currency);

plain_unit!(IQD, "IQD", Currency);

plain_unit!(JOD, "JOD", Currency);

plain_unit!(OMR, "OMR", Currency);

plain_unit!(BHD, "BHD", Currency);

plain_unit!(MAD, "MAD", Currency);

plain_unit!(KES, "KES", Currency);

plain_unit!(GHS, "GHS", Currency);

plain_unit!(ETB, "ETB", Currency);

plain_unit!(LKR, "LKR", Currency);

plain_unit!(NPR, "NPR", Currency);

plain_unit!(SYP, "SYP", Currency);

plain_unit!(AFN, "AFN", Currency);

plain_unit!(BYN, "BYN", Currency);

plain_unit!(GEL, "GEL", Currency);

plain_unit!(AMD, "AMD", Currency);

plain_unit!(AZN, "AZN", Currency);

plain_unit!(RSD, "RSD", Currency);

plain_unit!(ISK, "ISK", Currency);

plain_unit!(UZS, "UZS", Currency);

plain_unit!(MMK, "MMK", Currency);

plain_unit!(PHP, "PHP", Currency);

plain_unit!(CRC, "CRC", Currency);

plain_unit!(LAK, "LAK", Currency);

/// The most traded currencies with an ISO 4217 (or customary) code: the code is its symbol,
/// and the code may stand before or after an amount ("USD 5", "USD115", "5 USD"). The
/// scanner anchors on these codes, so the list stays short: every code is also found inside
/// ordinary words ("try" in "country") and costs a look there.
pub(crate) static CURRENCIES: &[&Unit] = &[
    &USD, &EUR, &GBP, &JPY, &CNY, &RUB, &KRW, &INR, &UAH, &CHF, &AUD, &CAD, &HKD, &NZD, &SGD, &MYR,
    &SAR, &AED, &ILS, &TRY, &ZAR, &MXN, &BRL, &EGP, &KWD, &QAR, &NGN, &PLN, &SEK, &NOK, &DKK, &IRR,
    &BTC,
];

/// Other currencies whose ISO code is read only after an amount ("5,000 BGN"). Not RON and
/// AMD, which are far more often octane ("95 RON") and a chip maker.
pub(super) static CODES_AFTER_AMOUNT: &[&Unit] = &[
    &LBP, &BGN, &CZK, &HUF, &THB, &IDR, &VND, &PKR, &BDT, &KZT, &ARS, &CLP, &COP, &PEN, &TWD, &IQD,
    &JOD, &OMR, &BHD, &MAD, &KES, &GHS, &ETB, &LKR, &NPR, &SYP, &AFN, &BYN, &GEL, &AZN, &RSD, &ISK,
    &UZS, &MMK,
];

/// British pence: stated in pence, converted to pounds.
pub static GB_PENNY: Unit = Unit {
    symbol: "p",
    dimension: Dimension::Currency,
    si_symbol: "GBP",
    convert: |v| v / 100.0,
};

/// US cents: stated in cents, converted to dollars.
pub static US_CENT: Unit = Unit {
    symbol: "¢",
    dimension: Dimension::Currency,
    si_symbol: "USD",
    convert: |v| v / 100.0,
};

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
    (
        "dollar|dollars|US dollars|U.S. dollars|American dollars",
        Ascii,
        Any,
        &USD,
    ),
    ("euro|euros", Ascii, Any, &EUR),
    ("€", Exact, Any, &EUR),
    ("pound|pounds", Ascii, Scaled, &GBP),
    ("pounds sterling|pound sterling|sterling", Ascii, Any, &GBP),
    ("yen", Ascii, Any, &JPY),
    ("yuan|renminbi", Ascii, Any, &CNY),
    ("RMB", Exact, Any, &CNY),
    ("rouble|roubles|ruble|rubles", Ascii, Any, &RUB),
    ("won", Ascii, Scaled, &KRW),
    ("rupee|rupees", Ascii, Any, &INR),
    ("hryvnia|hryvnias|hryvnia", Ascii, Any, &UAH),
    ("Swiss franc|Swiss francs", Ascii, Any, &CHF),
    ("Australian dollar|Australian dollars", Ascii, Any, &AUD),
    ("Canadian dollar|Canadian dollars", Ascii, Any, &CAD),
    ("Hong Kong dollar|Hong Kong dollars", Ascii, Any, &HKD),
    ("New Zealand dollar|New Zealand dollars", Ascii, Any, &NZD),
    ("Singapore dollar|Singapore dollars", Ascii, Any, &SGD),
    ("cent|cents|¢", Ascii, Any, &US_CENT),
    ("pence|penny|pennies", Ascii, Any, &GB_PENNY),
    ("p", Exact, Attached, &GB_PENNY),
    ("us dollar|buck|bucks", Ascii, Any, &USD),
    ("US$", Exact, Any, &USD),
    ("Rs", Exact, Any, &INR),
    ("Lebanese pound|Lebanese pounds", Ascii, Any, &LBP),
    ("$", Exact, Any, &USD),
    ("usd", Exact, Any, &USD),
    ("eur", Exact, Any, &EUR),
    ("rmb", Exact, Any, &CNY),
    ("franc|francs", Ascii, Any, &CHF),
    ("lira|liras|lire", Ascii, Any, &TRY),
    ("shekel|shekels", Ascii, Any, &ILS),
    ("riyal|riyals|Saudi riyal|Saudi riyals", Ascii, Any, &SAR),
    ("Qatari riyal|Qatari riyals", Ascii, Any, &QAR),
    ("rial|rials", Ascii, Any, &IRR),
    ("dirham|dirhams", Ascii, Any, &AED),
    ("ringgit", Ascii, Any, &MYR),
    ("peso|pesos|Mexican peso|Mexican pesos", Ascii, Any, &MXN),
    ("rand", Ascii, Any, &ZAR),
    ("naira", Ascii, Any, &NGN),
    ("reais|Brazilian real|Brazilian reais", Ascii, Any, &BRL),
    ("zloty|zlotys|zlotych", Ascii, Any, &PLN),
    (
        "krona|kronor|Swedish krona|Swedish kronor",
        Ascii,
        Any,
        &SEK,
    ),
    (
        "krone|kroner|Norwegian krone|Norwegian kroner",
        Ascii,
        Any,
        &NOK,
    ),
    ("Danish krone|Danish kroner", Ascii, Any, &DKK),
    ("Egyptian pound|Egyptian pounds", Ascii, Any, &EGP),
    (
        "dinar|dinars|Kuwaiti dinar|Kuwaiti dinars",
        Ascii,
        Any,
        &KWD,
    ),
    ("bitcoin|bitcoins", Ascii, Any, &BTC),
    // currencies named with their country's adjective, and their local names
    ("Turkish lira|Turkish liras|Turkish lire", Ascii, Any, &TRY),
    ("Chinese yuan", Ascii, Any, &CNY),
    ("Japanese yen", Ascii, Any, &JPY),
    (
        "Russian rouble|Russian roubles|Russian ruble|Russian rubles",
        Ascii,
        Any,
        &RUB,
    ),
    ("Indian rupee|Indian rupees", Ascii, Any, &INR),
    ("Pakistani rupee|Pakistani rupees", Ascii, Any, &PKR),
    ("Sri Lankan rupee|Sri Lankan rupees", Ascii, Any, &LKR),
    (
        "Nepalese rupee|Nepalese rupees|Nepali rupee|Nepali rupees",
        Ascii,
        Any,
        &NPR,
    ),
    ("Ukrainian hryvnia|Ukrainian hryvnias", Ascii, Any, &UAH),
    (
        "Malaysian ringgit|Malaysia ringgit|Malaysian ringgits",
        Ascii,
        Any,
        &MYR,
    ),
    ("South African rand", Ascii, Any, &ZAR),
    ("Nigerian naira", Ascii, Any, &NGN),
    ("Polish zloty|Polish zlotys", Ascii, Any, &PLN),
    (
        "Israeli shekel|Israeli shekels|new shekel|new shekels",
        Ascii,
        Any,
        &ILS,
    ),
    ("Iranian rial|Iranian rials", Ascii, Any, &IRR),
    ("South Korean won|Korean won", Ascii, Any, &KRW),
    ("baht|Thai baht", Ascii, Any, &THB),
    ("rupiah|Indonesian rupiah", Ascii, Any, &IDR),
    ("Vietnamese dong", Ascii, Any, &VND),
    ("taka|Bangladeshi taka", Ascii, Any, &BDT),
    ("tenge|Kazakh tenge|Kazakhstani tenge", Ascii, Any, &KZT),
    ("Philippine peso|Philippine pesos", Ascii, Any, &PHP),
    (
        "Argentine peso|Argentine pesos|Argentinian peso|Argentinian pesos",
        Ascii,
        Any,
        &ARS,
    ),
    ("Chilean peso|Chilean pesos", Ascii, Any, &CLP),
    ("Colombian peso|Colombian pesos", Ascii, Any, &COP),
    ("soles|Peruvian sol|Peruvian soles", Ascii, Any, &PEN),
    (
        "koruna|koruny|Czech koruna|Czech korunas|Czech crowns",
        Ascii,
        Any,
        &CZK,
    ),
    (
        "forint|forints|Hungarian forint|Hungarian forints",
        Ascii,
        Any,
        &HUF,
    ),
    ("leu|lei|Romanian leu|Romanian lei", Ascii, Any, &RON),
    ("lev|leva|Bulgarian lev|Bulgarian leva", Ascii, Any, &BGN),
    ("Kenyan shilling|Kenyan shillings", Ascii, Any, &KES),
    ("cedi|cedis|Ghanaian cedi|Ghanaian cedis", Ascii, Any, &GHS),
    ("birr|Ethiopian birr", Ascii, Any, &ETB),
    ("Iraqi dinar|Iraqi dinars", Ascii, Any, &IQD),
    ("Jordanian dinar|Jordanian dinars", Ascii, Any, &JOD),
    ("Bahraini dinar|Bahraini dinars", Ascii, Any, &BHD),
    ("Serbian dinar|Serbian dinars", Ascii, Any, &RSD),
    ("Omani rial|Omani rials", Ascii, Any, &OMR),
    ("Moroccan dirham|Moroccan dirhams", Ascii, Any, &MAD),
    (
        "Taiwan dollar|Taiwan dollars|New Taiwan dollar|New Taiwan dollars",
        Ascii,
        Any,
        &TWD,
    ),
    ("afghani|afghanis", Exact, Any, &AFN),
    (
        "Belarusian rouble|Belarusian roubles|Belarusian ruble|Belarusian rubles",
        Ascii,
        Any,
        &BYN,
    ),
    ("lari|Georgian lari", Ascii, Any, &GEL),
    ("Armenian dram|Armenian drams", Ascii, Any, &AMD),
    ("Azerbaijani manat|Azerbaijani manats", Ascii, Any, &AZN),
    ("Icelandic krona|Icelandic kronur", Ascii, Any, &ISK),
    ("Syrian pound|Syrian pounds", Ascii, Any, &SYP),
    ("Uzbek som|Uzbek soum", Ascii, Any, &UZS),
    ("kyat|kyats", Ascii, Any, &MMK),
    (
        "colón|colones|Costa Rican colón|Costa Rican colones",
        Ascii,
        Any,
        &CRC,
    ),
    ("kip|Lao kip", Ascii, Any, &LAK),
    ("zł", Exact, Any, &PLN),
    // signs written after the amount, as they are in their own countries ("100 ₽", "100元")
    ("₽", Exact, Any, &RUB),
    ("₴", Exact, Any, &UAH),
    ("₺", Exact, Any, &TRY),
    ("₪", Exact, Any, &ILS),
    ("₡", Exact, Any, &CRC),
    ("₾", Exact, Any, &GEL),
    ("₭", Exact, Any, &LAK),
    ("₸", Exact, Any, &KZT),
    ("₦", Exact, Any, &NGN),
    ("₱", Exact, Any, &PHP),
    ("元", Exact, Any, &CNY),
    ("円", Exact, Any, &JPY),
    ("Kč", Exact, Any, &CZK),
];

/// Currency signs written before the number ("$3.5 billion", "US$40", "€5m"); ISO codes
/// ("USD 5") come from [`CURRENCIES`].
pub(super) const CURRENCY_SIGNS: &[(&str, &Unit)] = &[
    ("US$", &USD),
    ("U.S.$", &USD),
    ("US $", &USD),
    // Australian and New Zealand copy writes the country after the sign: "$US48 million",
    // "$A61.3 million".
    ("$US", &USD),
    ("$A", &AUD),
    ("$NZ", &NZD),
    ("$C", &CAD),
    ("$HK", &HKD),
    ("$", &USD),
    ("HK $", &HKD),
    ("NZ $", &NZD),
    ("A$", &AUD),
    ("AU$", &AUD),
    ("C$", &CAD),
    ("CA$", &CAD),
    ("HK$", &HKD),
    ("NZ$", &NZD),
    ("S$", &SGD),
    ("R$", &BRL),
    ("Mex$", &MXN),
    ("€", &EUR),
    ("£", &GBP),
    ("¥", &JPY),
    ("₹", &INR),
    ("Rs.", &INR),
    ("Rs", &INR),
    ("₽", &RUB),
    ("₩", &KRW),
    ("₴", &UAH),
    ("₪", &ILS),
    ("₺", &TRY),
    ("₦", &NGN),
    ("RM", &MYR),
    ("RMB", &CNY),
    ("NT$", &TWD),
    ("₿", &BTC),
    ("₫", &VND),
    ("฿", &THB),
    ("₱", &PHP),
    ("₸", &KZT),
    ("₾", &GEL),
    ("₡", &CRC),
    ("₭", &LAK),
    ("৳", &BDT),
];
