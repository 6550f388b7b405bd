//! A deterministic generator of news-like English prose for the extraction benchmark.
//!
//! The text is built from hand-written sentence templates about missiles, aircraft, ships,
//! money, weather and politics. Templates hold `{slot}` placeholders that are filled from
//! word lists and from quantity makers ("about 50 km", "1,500 to 2,000 km", "Mach 10",
//! "$3.5 billion", "more than 300 people", "-30 °C"), and also from the things that look like
//! numbers but are not quantities (model designations such as "Tu-160", years, dates such as
//! "July 4", labels such as "Article 5", clock times). Some sentences carry curly quotes and
//! en dashes. Paragraphs of three to seven sentences are separated by blank lines.
//!
//! Most sentences are plain words, so the density of numbers is close to that of real news
//! copy (roughly one number every fifteen to twenty words). The same seed always gives the
//! same text: the generator uses its own xorshift PRNG and no outside data.

/// A xorshift64* pseudo-random generator: small, fast and fully deterministic.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (zero is replaced, since xorshift must not start at zero).
    pub fn new(seed: u64) -> Self {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 32) as usize * n) >> 32
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Generates about `bytes` bytes of prose (it stops after the paragraph that reaches the
/// size, so the result is a little longer) from `seed`.
pub fn generate(bytes: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        paragraph(&mut rng, &mut out);
    }
    out.push('\n');
    out
}

/// The longest prefix of `text` that ends at a paragraph break and is at most `bytes` long
/// (the whole text if it is shorter).
pub fn prefix(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].rfind("\n\n") {
        Some(cut) => &text[..cut + 1],
        None => &text[..end],
    }
}

/// One paragraph of three to seven sentences.
fn paragraph(rng: &mut Rng, out: &mut String) {
    let sentences = rng.range(3, 7);
    for index in 0..sentences {
        if index > 0 {
            out.push(' ');
        }
        let template = if rng.chance(45) {
            rng.pick(QUANTITY_TEMPLATES)
        } else {
            rng.pick(PLAIN_TEMPLATES)
        };
        expand(template, rng, out);
    }
}

/// Writes `template` to `out`, filling each `{slot}`; the first letter of a sentence that
/// starts with a slot is capitalised.
fn expand(template: &str, rng: &mut Rng, out: &mut String) {
    let sentence_start = out.len();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("templates close every slot");
        fill(&rest[open + 1..close], rng, out);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    capitalise_at(out, sentence_start);
}

/// Upper-cases the first character written at or after `start` if it is an ASCII letter.
fn capitalise_at(out: &mut String, start: usize) {
    let skip = out[start..]
        .find(|c: char| !matches!(c, '“' | '‘' | '"'))
        .unwrap_or(0);
    if let Some(first) = out.as_bytes().get(start + skip) {
        if first.is_ascii_lowercase() {
            // An ASCII byte is a whole character, so this keeps the string valid UTF-8.
            let upper = first.to_ascii_uppercase() as char;
            out.replace_range(
                start + skip..start + skip + 1,
                upper.encode_utf8(&mut [0; 4]),
            );
        }
    }
}

/// Writes a thousands-separated integer ("1,500").
fn grouped(value: u64, out: &mut String) {
    let digits = value.to_string();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
}

/// A round-ish number of the given order of magnitude, as news copy writes them.
fn round_number(rng: &mut Rng, max_exponent: u32) -> u64 {
    let exponent = rng.range(0, u64::from(max_exponent)) as u32;
    let mantissa = *[1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 40, 50, 75]
        .get(rng.below(13))
        .unwrap_or(&1);
    (mantissa * 10u64.pow(exponent)).max(2)
}

/// A number word, as written in prose.
fn number_word(rng: &mut Rng) -> &'static str {
    rng.pick(&[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "a dozen",
        "a hundred",
        "twenty-five",
        "two thousand",
        "half a million",
    ])
}

/// A leading qualifier with its trailing space, or nothing.
fn qualifier(rng: &mut Rng, out: &mut String) {
    if rng.chance(45) {
        out.push_str(rng.pick(&[
            "about ",
            "around ",
            "some ",
            "nearly ",
            "almost ",
            "roughly ",
            "more than ",
            "less than ",
            "up to ",
            "at least ",
            "as many as ",
            "no more than ",
            "an estimated ",
            "approximately ",
            "over ",
            "just under ",
            "in excess of ",
        ]));
    }
}

/// Fills one slot.
fn fill(slot: &str, rng: &mut Rng, out: &mut String) {
    match slot {
        "country" => out.push_str(rng.pick(COUNTRIES)),
        "city" => out.push_str(rng.pick(CITIES)),
        "official" => out.push_str(rng.pick(OFFICIALS)),
        "org" => out.push_str(rng.pick(ORGS)),
        "missile" => out.push_str(rng.pick(MISSILES)),
        "aircraft" => out.push_str(rng.pick(AIRCRAFT)),
        "ship" => out.push_str(rng.pick(SHIPS)),
        "said" => out.push_str(rng.pick(&[
            "said",
            "told reporters",
            "said on Tuesday",
            "wrote in a statement",
            "told the BBC",
            "said in a briefing",
            "added",
            "insisted",
        ])),
        "verb" => out.push_str(rng.pick(VERBS)),
        "verb_base" => out.push_str(rng.pick(&["strain", "complicate", "improve", "test"])),
        "noun" => out.push_str(rng.pick(NOUNS)),
        "adj" => out.push_str(rng.pick(ADJECTIVES)),
        "quote" => {
            out.push('“');
            expand(rng.pick(QUOTES), rng, out);
            out.push('”');
        }
        "distance" => distance(rng, out),
        "speed" => speed(rng, out),
        "money" => money(rng, out),
        "people" => people(rng, out),
        "temperature" => temperature(rng, out),
        "percent" => percent(rng, out),
        "mass" => mass(rng, out),
        "duration" => duration(rng, out),
        "year" => out.push_str(&rng.range(1991, 2025).to_string()),
        "years" => {
            let first = rng.range(1995, 2020);
            out.push_str(&format!("{first}–{}", first + rng.range(1, 5)));
        }
        "date" => date(rng, out),
        "label" => {
            out.push_str(rng.pick(&[
                "Article",
                "Resolution",
                "Flight",
                "Section",
                "Route",
                "Phase",
                "Chapter",
                "Gate",
            ]));
            out.push(' ');
            out.push_str(&rng.range(2, 2400).to_string());
        }
        "time" => {
            let hour = rng.range(1, 12);
            match rng.below(3) {
                0 => out.push_str(&format!("{hour}pm")),
                1 => out.push_str(&format!("{hour}:{:02} a.m.", rng.range(0, 59))),
                _ => out.push_str(&format!("{:02}00 GMT", rng.range(0, 23))),
            }
        }
        "ordinal" => {
            let n = rng.range(2, 29);
            let suffix = match n {
                21 => "st",
                2 | 22 => "nd",
                3 | 23 => "rd",
                _ => "th",
            };
            out.push_str(&format!("{n}{suffix}"));
        }
        "count" => out.push_str(number_word(rng)),
        "storeys" => out.push_str(rng.pick(&["five", "nine", "12", "twelve", "16", "24"])),
        other => panic!("unknown slot {{{other}}}"),
    }
}

fn distance(rng: &mut Rng, out: &mut String) {
    let unit = rng.pick(&[
        "km",
        "kilometres",
        "miles",
        "nautical miles",
        "metres",
        "m",
        "feet",
        "kilometers",
    ]);
    match rng.below(6) {
        0 | 1 => {
            qualifier(rng, out);
            grouped(round_number(rng, 3), out);
            out.push(' ');
            out.push_str(unit);
        }
        2 => {
            let low = round_number(rng, 3);
            let high = low * rng.range(2, 4);
            grouped(low, out);
            out.push_str(rng.pick(&[" to ", "–", "-", " and "]));
            grouped(high, out);
            out.push(' ');
            out.push_str(unit);
        }
        3 => {
            out.push_str("between ");
            let low = round_number(rng, 2);
            grouped(low, out);
            out.push_str(" and ");
            grouped(low * 2, out);
            out.push(' ');
            out.push_str(unit);
        }
        4 => {
            grouped(round_number(rng, 3), out);
            out.push_str(rng.pick(&["-kilometre", "-mile", "km", "-metre"]));
        }
        _ => {
            qualifier(rng, out);
            out.push_str(number_word(rng));
            out.push(' ');
            out.push_str(rng.pick(&["kilometres", "miles", "metres", "feet"]));
        }
    }
}

fn speed(rng: &mut Rng, out: &mut String) {
    match rng.below(6) {
        0 => out.push_str(&format!("Mach {}", rng.range(2, 20))),
        1 => {
            let low = rng.range(2, 9);
            let dash = rng.pick(&[" to ", "–", "-"]);
            out.push_str(&format!("Mach {low}{dash}{}", low + rng.range(1, 5)));
        }
        2 => {
            qualifier(rng, out);
            grouped(round_number(rng, 3), out);
            out.push(' ');
            out.push_str(rng.pick(&["km/h", "mph", "kilometres per hour", "miles an hour"]));
        }
        3 => {
            qualifier(rng, out);
            out.push_str(&format!("{} knots", rng.range(12, 35)));
        }
        4 => out.push_str(&format!(
            "{} times the speed of sound",
            rng.pick(&["five", "10", "ten", "27", "eight"])
        )),
        _ => out.push_str(&format!("Mach {}.{}", rng.range(1, 9), rng.range(1, 9))),
    }
}

fn money(rng: &mut Rng, out: &mut String) {
    let scale = rng.pick(&[" billion", " million", "bn", "m", " trillion", ""]);
    let whole = rng.range(1, 950);
    let amount = if rng.chance(40) {
        format!("{}.{}", whole.min(99), rng.range(1, 9))
    } else {
        whole.to_string()
    };
    match rng.below(6) {
        0 | 1 => {
            qualifier(rng, out);
            out.push_str(rng.pick(&["$", "€", "£", "US$", "¥"]));
            out.push_str(&amount);
            out.push_str(scale);
        }
        2 => {
            let low = rng.range(1, 5);
            out.push_str(&format!(
                "${low} billion to ${} billion",
                low + rng.range(1, 4)
            ));
        }
        3 => {
            let low = rng.range(1, 8);
            out.push_str(&format!("£{low}-{}bn", low + rng.range(1, 3)));
        }
        4 => {
            qualifier(rng, out);
            out.push_str(&amount);
            out.push_str(rng.pick(&[
                " billion roubles",
                " million euros",
                " trillion yen",
                " million dollars",
            ]));
        }
        _ => {
            out.push_str(rng.pick(&["USD ", "EUR ", "GBP "]));
            grouped(round_number(rng, 6), out);
        }
    }
}

fn people(rng: &mut Rng, out: &mut String) {
    let noun = rng.pick(&[
        "people",
        "soldiers",
        "civilians",
        "troops",
        "passengers",
        "sailors",
        "protesters",
        "workers",
        "voters",
        "refugees",
        "personnel",
        "children",
        "aircraft",
        "drones",
        "missiles",
        "tanks",
    ]);
    match rng.below(5) {
        0 | 1 => {
            qualifier(rng, out);
            grouped(round_number(rng, 5), out);
            out.push(' ');
            out.push_str(noun);
        }
        2 => {
            qualifier(rng, out);
            out.push_str(number_word(rng));
            out.push(' ');
            out.push_str(noun);
        }
        3 => {
            out.push_str(rng.pick(&["a crew of ", "a fleet of ", "a team of ", "a garrison of "]));
            out.push_str(if rng.chance(50) {
                number_word(rng)
            } else {
                "40"
            });
        }
        _ => {
            let low = round_number(rng, 3);
            grouped(low, out);
            out.push_str(" to ");
            grouped(low * 3, out);
            out.push(' ');
            out.push_str(noun);
        }
    }
}

fn temperature(rng: &mut Rng, out: &mut String) {
    let value = rng.range(0, 45);
    match rng.below(5) {
        0 => out.push_str(&format!("-{value} °C")),
        1 => out.push_str(&format!("minus {value} degrees Celsius")),
        2 => out.push_str(&format!("{value}C")),
        3 => out.push_str(&format!("{} °F", value + 60)),
        _ => out.push_str(&format!("{value} degrees")),
    }
}

fn percent(rng: &mut Rng, out: &mut String) {
    qualifier(rng, out);
    match rng.below(4) {
        0 => out.push_str(&format!("{}.{}%", rng.range(0, 60), rng.range(0, 9))),
        1 => out.push_str(&format!("{} per cent", rng.range(1, 99))),
        2 => out.push_str(&format!("{} percent", rng.range(1, 99))),
        _ => out.push_str(&format!(
            "{} percentage points",
            rng.pick(&["two", "3", "0.5", "four"])
        )),
    }
}

fn mass(rng: &mut Rng, out: &mut String) {
    match rng.below(4) {
        0 => {
            grouped(round_number(rng, 3), out);
            out.push_str(rng.pick(&["-kilogram", "-kg", "-pound", "-tonne"]));
        }
        1 => {
            qualifier(rng, out);
            grouped(round_number(rng, 4), out);
            out.push(' ');
            out.push_str(rng.pick(&["tonnes", "kg", "lb", "tons", "kilograms"]));
        }
        2 => out.push_str(&format!("{} kilotons", rng.range(5, 800))),
        _ => {
            qualifier(rng, out);
            out.push_str(number_word(rng));
            out.push_str(" tonnes");
        }
    }
}

fn duration(rng: &mut Rng, out: &mut String) {
    qualifier(rng, out);
    if rng.chance(50) {
        out.push_str(number_word(rng));
    } else {
        out.push_str(&rng.range(2, 72).to_string());
    }
    out.push(' ');
    out.push_str(rng.pick(&[
        "hours", "days", "weeks", "months", "years", "minutes", "seconds",
    ]));
}

fn date(rng: &mut Rng, out: &mut String) {
    let month = rng.pick(&[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]);
    let day = rng.range(1, 28);
    match rng.below(3) {
        0 => out.push_str(&format!("{month} {day}")),
        1 => out.push_str(&format!("{day} {month}")),
        _ => out.push_str(&format!("{month} {day}, {}", rng.range(2015, 2025))),
    }
}

/// Sentences that carry at least one number.
const QUANTITY_TEMPLATES: &[&str] = &[
    "The {missile} has a range of {distance} and can fly at {speed}, according to {org}.",
    "{country} said it had test-fired a {missile} that travelled {distance} before landing in the sea.",
    "Analysts estimate the {missile} carries a {mass} warhead and reaches {speed} in its terminal phase.",
    "The {aircraft} took off from a base near {city} at {time} and flew {distance} over the {adj} coast.",
    "Two {aircraft} bombers were intercepted {distance} from the border on {date}, the ministry said.",
    "The carrier {ship} displaces {mass} and carries {people}, {official} {said}.",
    "The {ship} was sailing at {speed} when it was hit {distance} off the coast.",
    "Parliament approved a defence budget of {money} for {year}, an increase of {percent} on last year.",
    "{org} pledged {money} in aid, of which {money} will go to {noun}.",
    "The contract, worth {money}, covers {people} and {duration} of maintenance.",
    "{official} {said} that {people} had been evacuated from {city} since {date}.",
    "Temperatures fell to {temperature} overnight in {city}, and forecasters expect {temperature} by the weekend.",
    "The heatwave pushed temperatures above {temperature} for {duration}, the longest spell since {year}.",
    "Snow up to {distance} deep closed roads around {city} for {duration}.",
    "Turnout was {percent}, with {people} casting ballots in {country}’s {adj} election.",
    "Inflation rose to {percent} in {date}, while the central bank held rates at {percent}.",
    "The {aircraft} can carry {mass} of {noun} and has a combat radius of {distance}.",
    "Under {label} of the treaty, members must spend {percent} of GDP on defence.",
    "{quote} {official} {said}, adding that {people} would arrive within {duration}.",
    "The strike hit a depot {distance} south of {city}, destroying {people} and {noun}, officials said.",
    "Storm winds of {speed} left {people} without power across {country} on {date}.",
    "Between {year} and {year} the programme cost {money}, {org} found in a report published on {date}.",
    "The {missile} – first shown at a parade in {year} – is said to reach {speed} and {distance}.",
    "In {years}, {country} bought {people} and spent {money} on {noun}.",
    "The {ship} is {distance} long and has a crew of {count}.",
    "A {mass} bomb was found {distance} from the {noun} during works on {label}.",
    "Shares fell {percent} to {money} after the company cut its forecast for {year}.",
    "The drone flew for {duration} at an altitude of {distance} before it was shot down.",
    "Rescuers pulled {people} from the rubble after the {storeys}-storey building collapsed at {time} local time.",
    "The {ordinal} Brigade moved {people} and {count} tanks to within {distance} of {city}.",
    "{official} said on {date} that {country} would buy {people} and {count} {aircraft} jets for {money}.",
    "Flood water rose {distance} in {duration}, and {people} were moved to shelters near {city}.",
    "The eruption sent ash {distance} into the sky, and temperatures near the vent reached {temperature}.",
    "The {adj} survey of {people} put support for the plan at {percent}, down from {percent} in {year}.",
    "The {aircraft} has a top speed of {speed}, a ceiling of {distance} and a range of {distance}.",
    "Fuel prices climbed to {money} a litre, {percent} higher than in {date}.",
];

/// Sentences without a quantity (some hold look-alikes: designations, years, dates, labels).
const PLAIN_TEMPLATES: &[&str] = &[
    "The {adj} talks in {city} ended without an agreement, and diplomats said little about the next round.",
    "{official} {said} that the government would not comment on operational matters.",
    "Critics argue that the {noun} has been poorly managed and that the public deserves answers.",
    "The announcement came as {org} prepared to meet in {city} to discuss the {adj} crisis.",
    "{quote} {official} {said}.",
    "Satellite images reviewed by independent analysts appear to show new construction at the site.",
    "The ministry did not respond to a request for comment, and the embassy in {city} declined to say more.",
    "Opposition leaders called for an inquiry, saying the {noun} had been kept from parliament.",
    "The {aircraft} and the {aircraft} are often compared, although they were designed for different missions.",
    "Residents described hearing several explosions before dawn, followed by sirens and the sound of {noun}.",
    "The {missile} was first unveiled in {year} and has since been exported to several countries.",
    "Officials in {country} {verb} the {noun}, but gave no further details.",
    "The move is likely to {verb_base} relations between {country} and {country}, which have been strained for years.",
    "Markets were calm on {date} as investors waited for the central bank’s decision.",
    "Weather services warned of icy roads and strong winds across the north of {country}.",
    "It was not immediately clear who was behind the attack, and no group has claimed responsibility.",
    "{official} is expected to travel to {city} next week for a summit with {adj} leaders.",
    "The report, which runs to several hundred pages, was drafted by a panel of {adj} experts.",
    "Much of the debate has focused on whether the {noun} can be delivered on time and on budget.",
    "The {ship} returned to port after a long deployment in the {adj} waters of the region.",
    "Negotiators said progress had been made on {label}, but disagreements remained over {noun}.",
    "Some lawmakers have questioned the decision, while others praised it as long overdue.",
    "The company, founded in {year}, has faced mounting criticism over its safety record.",
    "Emergency crews worked through the night, and roads into {city} were reopened by morning.",
    "The {aircraft} made its maiden flight in {year} and entered service a few years later.",
    "Independent observers said the vote was broadly free but marred by {adj} irregularities.",
    "The government insists that the measures are temporary and will be reviewed every month.",
    "Forecasters said the unsettled weather would persist, with heavy rain expected in coastal areas.",
    "{org} urged all sides to show restraint and return to the negotiating table.",
    "The exercise, held every year since {year}, drew protests from neighbouring {country}.",
];

/// Short quotations, themselves templates.
const QUOTES: &[&str] = &[
    "we will not be intimidated by threats,",
    "this is a {adj} moment for our country,",
    "the {noun} is our top priority – there is no question about that,",
    "nobody wants another war, but we must be ready,",
    "the numbers speak for themselves,",
    "we have asked for clarity and received none,",
    "it is too early to say what caused the {noun},",
];

const COUNTRIES: &[&str] = &[
    "Russia",
    "China",
    "the United States",
    "Ukraine",
    "India",
    "Pakistan",
    "Japan",
    "South Korea",
    "North Korea",
    "Iran",
    "Israel",
    "France",
    "Germany",
    "the United Kingdom",
    "Turkey",
    "Brazil",
    "Australia",
    "Poland",
    "Canada",
    "Norway",
];

const CITIES: &[&str] = &[
    "Moscow",
    "Beijing",
    "Washington",
    "Kyiv",
    "New Delhi",
    "Tokyo",
    "Seoul",
    "Tehran",
    "Paris",
    "Berlin",
    "London",
    "Ankara",
    "Warsaw",
    "Canberra",
    "Oslo",
    "Brussels",
    "Geneva",
    "Kharkiv",
    "Vladivostok",
    "Sevastopol",
];

const OFFICIALS: &[&str] = &[
    "the defence minister",
    "a senior official",
    "the prime minister",
    "President Ortega",
    "General Hale",
    "Admiral Sato",
    "a spokesman for the navy",
    "the foreign ministry",
    "Finance Minister Anna Kowalski",
    "an aide to the chancellor",
    "the mayor",
    "a military analyst",
];

const ORGS: &[&str] = &[
    "NATO",
    "the United Nations",
    "the European Union",
    "the IMF",
    "the World Bank",
    "the Pentagon",
    "the Kremlin",
    "the International Atomic Energy Agency",
    "the Red Cross",
    "the Stockholm International Peace Research Institute",
];

const MISSILES: &[&str] = &[
    "Kinzhal",
    "Tomahawk",
    "Zircon",
    "DF-21D",
    "DF-41",
    "Iskander-M",
    "Sarmat",
    "Hwasong-17",
    "Agni-V",
    "BrahMos",
    "Storm Shadow",
    "ATACMS",
    "Kh-101",
    "Shahab-3",
    "Minuteman III",
];

const AIRCRAFT: &[&str] = &[
    "Tu-160",
    "Tu-95MS",
    "Tu-22M3",
    "Su-57",
    "Su-35",
    "MiG-31K",
    "F-35A",
    "F-16",
    "F-22",
    "B-52H",
    "B-2",
    "J-20",
    "Rafale",
    "Eurofighter Typhoon",
    "Boeing 747",
    "Airbus A400M",
    "C-130J",
    "MQ-9 Reaper",
];

const SHIPS: &[&str] = &[
    "Admiral Kuznetsov",
    "USS Gerald R. Ford",
    "Liaoning",
    "HMS Queen Elizabeth",
    "Charles de Gaulle",
    "INS Vikrant",
    "Moskva",
    "Izumo",
];

const VERBS: &[&str] = &[
    "welcomed",
    "condemned",
    "rejected",
    "confirmed",
    "denied",
    "questioned",
    "postponed",
];

const NOUNS: &[&str] = &[
    "ammunition",
    "fuel",
    "humanitarian aid",
    "reconstruction",
    "air defence",
    "the programme",
    "the investigation",
    "the pipeline",
    "the agreement",
    "spare parts",
    "the harvest",
    "the incident",
];

const ADJECTIVES: &[&str] = &[
    "difficult",
    "historic",
    "regional",
    "national",
    "northern",
    "southern",
    "eastern",
    "western",
    "contested",
    "troubled",
    "sweeping",
    "fragile",
];
