//! Units: canonical units with their conversion to SI through uom's typed quantities, and the
//! table of English spellings ("kilometres", "km", "miles an hour") that name them.

use super::lexical::{
    PResult, at_word_end, match_phrase, pattern_ends_in_symbol, reject, with_ascii_lowercase,
};
use super::model::Dimension;
use std::sync::LazyLock;
use uom::si::f64 as q;

/// The speed of sound used for Mach numbers: ICAO standard atmosphere at sea level, in m/s.
pub const MACH_METRES_PER_SECOND: f64 = 340.294;

/// A canonical unit: its symbol, what it measures, and how a value in it becomes SI.
#[derive(Debug)]
pub struct Unit {
    /// The canonical symbol written in reports and JSON (`km`, `mph`, `Mach`, `USD`).
    pub symbol: &'static str,
    /// What the unit measures.
    pub dimension: Dimension,
    /// The SI (or ISO) unit that [`Unit::to_si`] converts into.
    pub si_symbol: &'static str,
    convert: fn(f64) -> f64,
}

impl Unit {
    /// Converts a value stated in this unit into [`Unit::si_symbol`].
    pub fn to_si(&self, value: f64) -> f64 {
        (self.convert)(value)
    }
}

impl Unit {
    /// Converts a difference stated in this unit into SI: a change of 1.2 °C is 1.2 K.
    pub fn difference_to_si(&self, value: f64) -> f64 {
        self.to_si(value) - self.to_si(0.0)
    }

    /// Converts a value in [`Unit::si_symbol`] back into this unit (units are affine).
    pub fn from_si(&self, si: f64) -> f64 {
        let zero = self.to_si(0.0);
        (si - zero) / (self.to_si(1.0) - zero)
    }
}

/// The unit whose canonical symbol is `symbol` (`km`, `Mach`, `USD`).
pub fn by_symbol(symbol: &str) -> Option<&'static Unit> {
    SPELLINGS
        .iter()
        .map(|&(_, _, _, unit)| unit)
        .find(|unit| unit.symbol == symbol)
}

impl PartialEq for Unit {
    fn eq(&self, other: &Self) -> bool {
        self.symbol == other.symbol
    }
}

/// Builds a [`Unit`] whose conversion goes through a uom quantity: `value` in `$unit` is read
/// as a `$quantity` and returned in `$si_unit`.
macro_rules! uom_unit {
    ($name:ident, $symbol:literal, $dimension:ident, $quantity:ident, $module:ident :: $unit:ident, $si_unit:ident, $si_symbol:literal) => {
        #[doc = concat!("The unit `", $symbol, "`.")]
        pub static $name: Unit = Unit {
            symbol: $symbol,
            dimension: Dimension::$dimension,
            si_symbol: $si_symbol,
            convert: |v| {
                q::$quantity::new::<uom::si::$module::$unit>(v).get::<uom::si::$module::$si_unit>()
            },
        };
    };
}

/// Builds a [`Unit`] that is its own SI unit (money, percentages): the value is kept.
macro_rules! plain_unit {
    ($name:ident, $symbol:literal, $dimension:ident) => {
        #[doc = concat!("The unit `", $symbol, "`.")]
        pub static $name: Unit = Unit {
            symbol: $symbol,
            dimension: Dimension::$dimension,
            si_symbol: $symbol,
            convert: |v| v,
        };
    };
}

/// Builds a [`Unit`] through a uom quantity from an exact SI factor, for units whose uom
/// definition is rounded to seven digits (uom's pound is 0.4535924 kg; the pound is exactly
/// 0.45359237 kg by the 1959 international agreement).
macro_rules! exact_unit {
    ($name:ident, $symbol:literal, $dimension:ident, $quantity:ident, $module:ident :: $si_unit:ident, $factor:expr, $si_symbol:literal) => {
        #[doc = concat!("The unit `", $symbol, "`.")]
        pub static $name: Unit = Unit {
            symbol: $symbol,
            dimension: Dimension::$dimension,
            si_symbol: $si_symbol,
            convert: |v| {
                q::$quantity::new::<uom::si::$module::$si_unit>(v * $factor)
                    .get::<uom::si::$module::$si_unit>()
            },
        };
    };
}

uom_unit!(
    MILLIMETRE,
    "mm",
    Length,
    Length,
    length::millimeter,
    meter,
    "m"
);
uom_unit!(
    CENTIMETRE,
    "cm",
    Length,
    Length,
    length::centimeter,
    meter,
    "m"
);
uom_unit!(METRE, "m", Length, Length, length::meter, meter, "m");
uom_unit!(
    KILOMETRE,
    "km",
    Length,
    Length,
    length::kilometer,
    meter,
    "m"
);
uom_unit!(INCH, "in", Length, Length, length::inch, meter, "m");
uom_unit!(FOOT, "ft", Length, Length, length::foot, meter, "m");
uom_unit!(YARD, "yd", Length, Length, length::yard, meter, "m");
uom_unit!(MILE, "mi", Length, Length, length::mile, meter, "m");
uom_unit!(
    NAUTICAL_MILE,
    "nmi",
    Length,
    Length,
    length::nautical_mile,
    meter,
    "m"
);
exact_unit!(
    LIGHT_YEAR,
    "ly",
    Length,
    Length,
    length::meter,
    9.460_730_472_580_8e15,
    "m"
);

uom_unit!(
    KILOMETRE_PER_HOUR,
    "km/h",
    Velocity,
    Velocity,
    velocity::kilometer_per_hour,
    meter_per_second,
    "m/s"
);
uom_unit!(
    MILE_PER_HOUR,
    "mph",
    Velocity,
    Velocity,
    velocity::mile_per_hour,
    meter_per_second,
    "m/s"
);
uom_unit!(
    METRE_PER_SECOND,
    "m/s",
    Velocity,
    Velocity,
    velocity::meter_per_second,
    meter_per_second,
    "m/s"
);
uom_unit!(
    KILOMETRE_PER_SECOND,
    "km/s",
    Velocity,
    Velocity,
    velocity::kilometer_per_second,
    meter_per_second,
    "m/s"
);
uom_unit!(
    FOOT_PER_SECOND,
    "ft/s",
    Velocity,
    Velocity,
    velocity::foot_per_second,
    meter_per_second,
    "m/s"
);
uom_unit!(
    KNOT,
    "kn",
    Velocity,
    Velocity,
    velocity::knot,
    meter_per_second,
    "m/s"
);

/// Mach: a ratio to the local speed of sound, converted with [`MACH_METRES_PER_SECOND`].
pub static MACH: Unit = Unit {
    symbol: "Mach",
    dimension: Dimension::Velocity,
    si_symbol: "m/s",
    convert: |v| {
        q::Velocity::new::<uom::si::velocity::meter_per_second>(v * MACH_METRES_PER_SECOND)
            .get::<uom::si::velocity::meter_per_second>()
    },
};

uom_unit!(MILLIGRAM, "mg", Mass, Mass, mass::milligram, kilogram, "kg");
uom_unit!(GRAM, "g", Mass, Mass, mass::gram, kilogram, "kg");
uom_unit!(KILOGRAM, "kg", Mass, Mass, mass::kilogram, kilogram, "kg");
uom_unit!(TONNE, "t", Mass, Mass, mass::ton, kilogram, "kg");
exact_unit!(
    SHORT_TON,
    "ton",
    Mass,
    Mass,
    mass::kilogram,
    907.184_74,
    "kg"
);
exact_unit!(POUND, "lb", Mass, Mass, mass::kilogram, 0.453_592_37, "kg");
exact_unit!(
    OUNCE,
    "oz",
    Mass,
    Mass,
    mass::kilogram,
    0.028_349_523_125,
    "kg"
);

uom_unit!(
    MILLISECOND,
    "ms",
    Duration,
    Time,
    time::millisecond,
    second,
    "s"
);
uom_unit!(SECOND, "s", Duration, Time, time::second, second, "s");
uom_unit!(MINUTE, "min", Duration, Time, time::minute, second, "s");
uom_unit!(HOUR, "h", Duration, Time, time::hour, second, "s");
uom_unit!(DAY, "d", Duration, Time, time::day, second, "s");
uom_unit!(YEAR, "yr", Duration, Time, time::year, second, "s");

/// A week: seven days.
pub static WEEK: Unit = Unit {
    symbol: "wk",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::day>(v * 7.0).get::<uom::si::time::second>(),
};
/// A month: a twelfth of uom's 365-day year.
pub static MONTH: Unit = Unit {
    symbol: "mo",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v / 12.0).get::<uom::si::time::second>(),
};
/// A decade: ten of uom's 365-day years.
pub static DECADE: Unit = Unit {
    symbol: "decade",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v * 10.0).get::<uom::si::time::second>(),
};
/// A century: a hundred of uom's 365-day years.
pub static CENTURY: Unit = Unit {
    symbol: "century",
    dimension: Dimension::Duration,
    si_symbol: "s",
    convert: |v| q::Time::new::<uom::si::time::year>(v * 100.0).get::<uom::si::time::second>(),
};

uom_unit!(
    SQUARE_METRE,
    "m2",
    Area,
    Area,
    area::square_meter,
    square_meter,
    "m2"
);
uom_unit!(
    SQUARE_KILOMETRE,
    "km2",
    Area,
    Area,
    area::square_kilometer,
    square_meter,
    "m2"
);
uom_unit!(
    SQUARE_MILE,
    "sq mi",
    Area,
    Area,
    area::square_mile,
    square_meter,
    "m2"
);
uom_unit!(
    SQUARE_FOOT,
    "sq ft",
    Area,
    Area,
    area::square_foot,
    square_meter,
    "m2"
);
uom_unit!(HECTARE, "ha", Area, Area, area::hectare, square_meter, "m2");
exact_unit!(
    ACRE,
    "acre",
    Area,
    Area,
    area::square_meter,
    4_046.856_422_4,
    "m2"
);

uom_unit!(
    MILLILITRE,
    "ml",
    Volume,
    Volume,
    volume::milliliter,
    cubic_meter,
    "m3"
);
uom_unit!(LITRE, "l", Volume, Volume, volume::liter, cubic_meter, "m3");
uom_unit!(
    HECTOLITRE,
    "hl",
    Volume,
    Volume,
    volume::hectoliter,
    cubic_meter,
    "m3"
);
uom_unit!(
    CUBIC_METRE,
    "m3",
    Volume,
    Volume,
    volume::cubic_meter,
    cubic_meter,
    "m3"
);
exact_unit!(
    CUBIC_FOOT,
    "cu ft",
    Volume,
    Volume,
    volume::cubic_meter,
    0.028_316_846_592,
    "m3"
);
exact_unit!(
    GALLON,
    "gal",
    Volume,
    Volume,
    volume::cubic_meter,
    0.003_785_411_784,
    "m3"
);
exact_unit!(
    BARREL,
    "bbl",
    Volume,
    Volume,
    volume::cubic_meter,
    0.158_987_294_928,
    "m3"
);
exact_unit!(
    PINT,
    "pt",
    Volume,
    Volume,
    volume::cubic_meter,
    0.000_473_176_473,
    "m3"
);
exact_unit!(
    CUP,
    "cup",
    Volume,
    Volume,
    volume::cubic_meter,
    0.000_236_588_236_5,
    "m3"
);

uom_unit!(
    CELSIUS,
    "°C",
    Temperature,
    ThermodynamicTemperature,
    thermodynamic_temperature::degree_celsius,
    kelvin,
    "K"
);
uom_unit!(
    FAHRENHEIT,
    "°F",
    Temperature,
    ThermodynamicTemperature,
    thermodynamic_temperature::degree_fahrenheit,
    kelvin,
    "K"
);
uom_unit!(
    KELVIN,
    "K",
    Temperature,
    ThermodynamicTemperature,
    thermodynamic_temperature::kelvin,
    kelvin,
    "K"
);
/// "degrees" with no scale named: read as degrees Celsius, the scale most of the world's news uses.
pub static DEGREE: Unit = Unit {
    symbol: "°",
    dimension: Dimension::Temperature,
    si_symbol: "K",
    convert: |v| {
        q::ThermodynamicTemperature::new::<uom::si::thermodynamic_temperature::degree_celsius>(v)
            .get::<uom::si::thermodynamic_temperature::kelvin>()
    },
};

/// A degree of angle.
pub static DEGREE_OF_ANGLE: Unit = Unit {
    symbol: "°",
    dimension: Dimension::Angle,
    si_symbol: "rad",
    convert: |v| q::Angle::new::<uom::si::angle::degree>(v).get::<uom::si::angle::radian>(),
};

uom_unit!(JOULE, "J", Energy, Energy, energy::joule, joule, "J");
uom_unit!(
    KILOJOULE,
    "kJ",
    Energy,
    Energy,
    energy::kilojoule,
    joule,
    "J"
);
uom_unit!(
    MEGAJOULE,
    "MJ",
    Energy,
    Energy,
    energy::megajoule,
    joule,
    "J"
);
uom_unit!(
    GIGAJOULE,
    "GJ",
    Energy,
    Energy,
    energy::gigajoule,
    joule,
    "J"
);
uom_unit!(
    KILOWATT_HOUR,
    "kWh",
    Energy,
    Energy,
    energy::kilowatt_hour,
    joule,
    "J"
);
uom_unit!(
    MEGAWATT_HOUR,
    "MWh",
    Energy,
    Energy,
    energy::megawatt_hour,
    joule,
    "J"
);
uom_unit!(
    GIGAWATT_HOUR,
    "GWh",
    Energy,
    Energy,
    energy::gigawatt_hour,
    joule,
    "J"
);
uom_unit!(
    TERAWATT_HOUR,
    "TWh",
    Energy,
    Energy,
    energy::terawatt_hour,
    joule,
    "J"
);
uom_unit!(
    KILOCALORIE,
    "kcal",
    Energy,
    Energy,
    energy::kilocalorie,
    joule,
    "J"
);
/// A kiloton of TNT (explosive yield).
pub static KILOTON_TNT: Unit = Unit {
    symbol: "kt",
    dimension: Dimension::Energy,
    si_symbol: "J",
    convert: |v| {
        q::Energy::new::<uom::si::energy::ton_tnt>(v * 1e3).get::<uom::si::energy::joule>()
    },
};
/// A megaton of TNT (explosive yield).
pub static MEGATON_TNT: Unit = Unit {
    symbol: "Mt",
    dimension: Dimension::Energy,
    si_symbol: "J",
    convert: |v| {
        q::Energy::new::<uom::si::energy::ton_tnt>(v * 1e6).get::<uom::si::energy::joule>()
    },
};

uom_unit!(WATT, "W", Power, Power, power::watt, watt, "W");
uom_unit!(KILOWATT, "kW", Power, Power, power::kilowatt, watt, "W");
uom_unit!(MEGAWATT, "MW", Power, Power, power::megawatt, watt, "W");
uom_unit!(GIGAWATT, "GW", Power, Power, power::gigawatt, watt, "W");
exact_unit!(
    HORSEPOWER,
    "hp",
    Power,
    Power,
    power::watt,
    745.699_871_582_270_2,
    "W"
);

uom_unit!(
    DECIMETRE,
    "dm",
    Length,
    Length,
    length::decimeter,
    meter,
    "m"
);
uom_unit!(
    MICROMETRE,
    "µm",
    Length,
    Length,
    length::micrometer,
    meter,
    "m"
);
uom_unit!(
    NANOMETRE,
    "nm",
    Length,
    Length,
    length::nanometer,
    meter,
    "m"
);
uom_unit!(MICROGRAM, "µg", Mass, Mass, mass::microgram, kilogram, "kg");
uom_unit!(
    CUBIC_CENTIMETRE,
    "cm3",
    Volume,
    Volume,
    volume::cubic_centimeter,
    cubic_meter,
    "m3"
);
// US customary kitchen and liquid measures, from their exact definitions in cubic metres
// (the US gallon is exactly 231 cubic inches).
exact_unit!(
    TEASPOON,
    "tsp",
    Volume,
    Volume,
    volume::cubic_meter,
    4.928_921_593_75e-6,
    "m3"
);
exact_unit!(
    TABLESPOON,
    "tbsp",
    Volume,
    Volume,
    volume::cubic_meter,
    1.478_676_478_125e-5,
    "m3"
);
exact_unit!(
    FLUID_OUNCE,
    "fl oz",
    Volume,
    Volume,
    volume::cubic_meter,
    2.957_352_956_25e-5,
    "m3"
);
exact_unit!(
    QUART,
    "qt",
    Volume,
    Volume,
    volume::cubic_meter,
    9.463_529_46e-4,
    "m3"
);
uom_unit!(RADIAN, "rad", Angle, Angle, angle::radian, radian, "rad");

uom_unit!(BYTE, "B", Data, Information, information::byte, byte, "B");
uom_unit!(
    KILOBYTE,
    "kB",
    Data,
    Information,
    information::kilobyte,
    byte,
    "B"
);
uom_unit!(
    MEGABYTE,
    "MB",
    Data,
    Information,
    information::megabyte,
    byte,
    "B"
);
uom_unit!(
    GIGABYTE,
    "GB",
    Data,
    Information,
    information::gigabyte,
    byte,
    "B"
);
uom_unit!(
    TERABYTE,
    "TB",
    Data,
    Information,
    information::terabyte,
    byte,
    "B"
);
uom_unit!(
    PETABYTE,
    "PB",
    Data,
    Information,
    information::petabyte,
    byte,
    "B"
);
uom_unit!(
    KIBIBYTE,
    "KiB",
    Data,
    Information,
    information::kibibyte,
    byte,
    "B"
);
uom_unit!(
    MEBIBYTE,
    "MiB",
    Data,
    Information,
    information::mebibyte,
    byte,
    "B"
);
uom_unit!(
    GIBIBYTE,
    "GiB",
    Data,
    Information,
    information::gibibyte,
    byte,
    "B"
);
uom_unit!(
    TEBIBYTE,
    "TiB",
    Data,
    Information,
    information::tebibyte,
    byte,
    "B"
);
uom_unit!(
    KILOBIT,
    "kbit",
    Data,
    Information,
    information::kilobit,
    byte,
    "B"
);
uom_unit!(
    MEGABIT,
    "Mbit",
    Data,
    Information,
    information::megabit,
    byte,
    "B"
);
uom_unit!(
    GIGABIT,
    "Gbit",
    Data,
    Information,
    information::gigabit,
    byte,
    "B"
);

uom_unit!(
    BIT_PER_SECOND,
    "bit/s",
    DataRate,
    InformationRate,
    information_rate::bit_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    KILOBIT_PER_SECOND,
    "kbit/s",
    DataRate,
    InformationRate,
    information_rate::kilobit_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    MEGABIT_PER_SECOND,
    "Mbit/s",
    DataRate,
    InformationRate,
    information_rate::megabit_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    GIGABIT_PER_SECOND,
    "Gbit/s",
    DataRate,
    InformationRate,
    information_rate::gigabit_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    TERABIT_PER_SECOND,
    "Tbit/s",
    DataRate,
    InformationRate,
    information_rate::terabit_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    MEGABYTE_PER_SECOND,
    "MB/s",
    DataRate,
    InformationRate,
    information_rate::megabyte_per_second,
    bit_per_second,
    "bit/s"
);
uom_unit!(
    GIGABYTE_PER_SECOND,
    "GB/s",
    DataRate,
    InformationRate,
    information_rate::gigabyte_per_second,
    bit_per_second,
    "bit/s"
);

uom_unit!(
    HERTZ,
    "Hz",
    Frequency,
    Frequency,
    frequency::hertz,
    hertz,
    "Hz"
);
uom_unit!(
    KILOHERTZ,
    "kHz",
    Frequency,
    Frequency,
    frequency::kilohertz,
    hertz,
    "Hz"
);
uom_unit!(
    MEGAHERTZ,
    "MHz",
    Frequency,
    Frequency,
    frequency::megahertz,
    hertz,
    "Hz"
);
uom_unit!(
    GIGAHERTZ,
    "GHz",
    Frequency,
    Frequency,
    frequency::gigahertz,
    hertz,
    "Hz"
);

uom_unit!(
    PASCAL,
    "Pa",
    Pressure,
    Pressure,
    pressure::pascal,
    pascal,
    "Pa"
);
uom_unit!(
    HECTOPASCAL,
    "hPa",
    Pressure,
    Pressure,
    pressure::hectopascal,
    pascal,
    "Pa"
);
uom_unit!(
    KILOPASCAL,
    "kPa",
    Pressure,
    Pressure,
    pressure::kilopascal,
    pascal,
    "Pa"
);
uom_unit!(
    MEGAPASCAL,
    "MPa",
    Pressure,
    Pressure,
    pressure::megapascal,
    pascal,
    "Pa"
);
uom_unit!(
    GIGAPASCAL,
    "GPa",
    Pressure,
    Pressure,
    pressure::gigapascal,
    pascal,
    "Pa"
);
uom_unit!(
    MILLIBAR,
    "mbar",
    Pressure,
    Pressure,
    pressure::millibar,
    pascal,
    "Pa"
);
uom_unit!(
    ATMOSPHERE,
    "atm",
    Pressure,
    Pressure,
    pressure::atmosphere,
    pascal,
    "Pa"
);
// The pound-force per square inch and the millimetre of mercury from their definitions:
// 0.45359237 kg × 9.80665 m/s² on (0.0254 m)², and 13.5951 g/cm³ × 9.80665 m/s² × 1 mm.
exact_unit!(
    PSI,
    "psi",
    Pressure,
    Pressure,
    pressure::pascal,
    6_894.757_293_168_361,
    "Pa"
);
exact_unit!(
    MILLIMETRE_OF_MERCURY,
    "mmHg",
    Pressure,
    Pressure,
    pressure::pascal,
    133.322_387_415,
    "Pa"
);
exact_unit!(
    INCH_OF_MERCURY,
    "inHg",
    Pressure,
    Pressure,
    pressure::pascal,
    3_386.388_666_6,
    "Pa"
);

uom_unit!(
    MILLIVOLT,
    "mV",
    Voltage,
    ElectricPotential,
    electric_potential::millivolt,
    volt,
    "V"
);
uom_unit!(
    VOLT,
    "V",
    Voltage,
    ElectricPotential,
    electric_potential::volt,
    volt,
    "V"
);
uom_unit!(
    KILOVOLT,
    "kV",
    Voltage,
    ElectricPotential,
    electric_potential::kilovolt,
    volt,
    "V"
);
uom_unit!(
    MEGAVOLT,
    "MV",
    Voltage,
    ElectricPotential,
    electric_potential::megavolt,
    volt,
    "V"
);

uom_unit!(
    MILLIAMPERE,
    "mA",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::milliampere,
    ampere,
    "A"
);
uom_unit!(
    AMPERE,
    "A",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::ampere,
    ampere,
    "A"
);
uom_unit!(
    KILOAMPERE,
    "kA",
    ElectricCurrent,
    ElectricCurrent,
    electric_current::kiloampere,
    ampere,
    "A"
);

uom_unit!(
    MILLIAMPERE_HOUR,
    "mAh",
    ElectricCharge,
    ElectricCharge,
    electric_charge::milliampere_hour,
    coulomb,
    "C"
);
uom_unit!(
    AMPERE_HOUR,
    "Ah",
    ElectricCharge,
    ElectricCharge,
    electric_charge::ampere_hour,
    coulomb,
    "C"
);
uom_unit!(NEWTON, "N", Force, Force, force::newton, newton, "N");
uom_unit!(
    KILONEWTON,
    "kN",
    Force,
    Force,
    force::kilonewton,
    newton,
    "N"
);
uom_unit!(
    MEGANEWTON,
    "MN",
    Force,
    Force,
    force::meganewton,
    newton,
    "N"
);
// The pound-force and the kilogram-force from standard gravity (9.80665 m/s²).
exact_unit!(
    POUND_FORCE,
    "lbf",
    Force,
    Force,
    force::newton,
    4.448_221_615_260_5,
    "N"
);
exact_unit!(
    KILOGRAM_FORCE,
    "kgf",
    Force,
    Force,
    force::newton,
    9.806_65,
    "N"
);

plain_unit!(PERCENT, "%", Percent);
/// Basis points: hundredths of a percentage point.
pub static BASIS_POINT: Unit = Unit {
    symbol: "bp",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 100.0,
};
/// Parts per million ("420 ppm of carbon dioxide"), as a percentage.
pub static PARTS_PER_MILLION: Unit = Unit {
    symbol: "ppm",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 1e4,
};
/// Parts per billion, as a percentage.
pub static PARTS_PER_BILLION: Unit = Unit {
    symbol: "ppb",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v / 1e7,
};
/// Percentage points: a difference between two percentages.
pub static PERCENTAGE_POINT: Unit = Unit {
    symbol: "pp",
    dimension: Dimension::Percent,
    si_symbol: "%",
    convert: |v| v,
};

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
static CODES_AFTER_AMOUNT: &[&Unit] = &[
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

/// When a spelling may be read as its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guard {
    /// Always.
    Any,
    /// Only when written with a space after the number ("5 s", not the "90s").
    Spaced,
    /// Only when written directly after the number ("30C", not "30 C").
    Attached,
    /// Only when the number carries a scale word or a currency sign ("5 billion won").
    Scaled,
    /// Only when the number carries no scale word ("5 pounds" of weight).
    Unscaled,
    /// Only at the end of a clause ("5 in." but not "5 in the morning").
    ClauseEnd,
}

/// How a spelling is compared with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Case {
    /// Byte for byte: symbols where case carries meaning (`mm`, `MW`, `K`).
    Exact,
    /// ASCII case-insensitively: words ("Kilometres").
    Ascii,
}

/// One spelling of a unit in prose.
#[derive(Debug)]
pub(crate) struct Spelling {
    pub(crate) text: &'static str,
    /// Whether the text has a space (which matches any gap between words).
    pub(crate) spaced: bool,
    pub(crate) case: Case,
    pub(crate) guard: Guard,
    pub(crate) unit: &'static Unit,
}

use Case::{Ascii, Exact};
use Guard::{Any, Attached, ClauseEnd, Scaled, Spaced, Unscaled};

/// Every spelling: `|`-separated variants, how they compare, when they apply, and the unit.
/// Longer spellings win over shorter ones at the same place, whatever their order here.
const SPELLINGS: &[(&str, Case, Guard, &Unit)] = &[
    // length
    ("mm", Exact, Any, &MILLIMETRE),
    (
        "millimetre|millimetres|millimeter|millimeters",
        Ascii,
        Any,
        &MILLIMETRE,
    ),
    ("cm", Exact, Any, &CENTIMETRE),
    (
        "centimetre|centimetres|centimeter|centimeters",
        Ascii,
        Any,
        &CENTIMETRE,
    ),
    ("m", Exact, Any, &METRE),
    ("metre|metres|meter|meters", Ascii, Any, &METRE),
    ("km|kms|Km|KM", Exact, Any, &KILOMETRE),
    (
        "kilometre|kilometres|kilometer|kilometers",
        Ascii,
        Any,
        &KILOMETRE,
    ),
    ("inch|inches", Ascii, Any, &INCH),
    ("\"|''|″", Exact, Attached, &INCH),
    ("in", Exact, ClauseEnd, &INCH),
    ("ft", Exact, Any, &FOOT),
    ("foot|feet", Ascii, Any, &FOOT),
    ("yd|yds", Exact, Any, &YARD),
    ("yard|yards", Ascii, Any, &YARD),
    ("mi", Exact, Any, &MILE),
    ("mile|miles|statute mile|statute miles", Ascii, Any, &MILE),
    ("nmi", Exact, Any, &NAUTICAL_MILE),
    ("nautical mile|nautical miles", Ascii, Any, &NAUTICAL_MILE),
    (
        "light-year|light-years|light year|light years",
        Ascii,
        Any,
        &LIGHT_YEAR,
    ),
    // velocity
    ("km/h|km/hr|kph|kmh|kmph", Exact, Any, &KILOMETRE_PER_HOUR),
    (
        "kilometres per hour|kilometers per hour|kilometre per hour|kilometer per hour|kilometres an hour|kilometers an hour|kilometres/hour|kilometers/hour|km per hour|km an hour",
        Ascii,
        Any,
        &KILOMETRE_PER_HOUR,
    ),
    ("mph|mi/h|m.p.h.", Exact, Any, &MILE_PER_HOUR),
    (
        "miles per hour|mile per hour|miles an hour|mile an hour|miles/hour",
        Ascii,
        Any,
        &MILE_PER_HOUR,
    ),
    ("m/s", Exact, Any, &METRE_PER_SECOND),
    (
        "metres per second|meters per second|metre per second|meter per second|metres a second|meters a second",
        Ascii,
        Any,
        &METRE_PER_SECOND,
    ),
    ("km/s", Exact, Any, &KILOMETRE_PER_SECOND),
    (
        "kilometres per second|kilometers per second|kilometre per second|kilometer per second|kilometres a second|kilometers a second",
        Ascii,
        Any,
        &KILOMETRE_PER_SECOND,
    ),
    ("ft/s", Exact, Any, &FOOT_PER_SECOND),
    (
        "feet per second|foot per second",
        Ascii,
        Any,
        &FOOT_PER_SECOND,
    ),
    ("knot|knots", Ascii, Any, &KNOT),
    ("kts|kn", Exact, Any, &KNOT),
    ("Mach", Exact, Any, &MACH),
    // mass
    ("mg", Exact, Any, &MILLIGRAM),
    (
        "milligram|milligrams|milligramme|milligrammes",
        Ascii,
        Any,
        &MILLIGRAM,
    ),
    ("g", Exact, Any, &GRAM),
    ("gram|grams|gramme|grammes", Ascii, Any, &GRAM),
    ("kg|kgs", Exact, Any, &KILOGRAM),
    (
        "kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos",
        Ascii,
        Any,
        &KILOGRAM,
    ),
    ("t", Exact, Any, &TONNE),
    (
        "tonne|tonnes|metric ton|metric tons|metric tonne|metric tonnes",
        Ascii,
        Any,
        &TONNE,
    ),
    ("ton|tons|short ton|short tons", Ascii, Any, &SHORT_TON),
    ("lb|lbs", Exact, Any, &POUND),
    ("pound|pounds", Ascii, Unscaled, &POUND),
    ("oz", Exact, Any, &OUNCE),
    ("ounce|ounces", Ascii, Any, &OUNCE),
    // duration
    ("ms", Exact, Spaced, &MILLISECOND),
    ("millisecond|milliseconds", Ascii, Any, &MILLISECOND),
    ("s", Exact, Spaced, &SECOND),
    ("sec|secs", Exact, Any, &SECOND),
    ("second|seconds", Ascii, Any, &SECOND),
    ("min|mins", Exact, Any, &MINUTE),
    ("minute|minutes", Ascii, Any, &MINUTE),
    ("h|hr|hrs", Exact, Any, &HOUR),
    ("hour|hours", Ascii, Any, &HOUR),
    ("day|days", Ascii, Any, &DAY),
    ("week|weeks", Ascii, Any, &WEEK),
    ("month|months", Ascii, Any, &MONTH),
    ("year|years|yr|yrs", Ascii, Any, &YEAR),
    ("yo|y.o.|y/o", Exact, Spaced, &YEAR),
    ("decade|decades", Ascii, Any, &DECADE),
    ("century|centuries", Ascii, Any, &CENTURY),
    // area
    ("m²|m2|sq m|sq. m", Exact, Any, &SQUARE_METRE),
    (
        "square metre|square metres|square meter|square meters|square m",
        Ascii,
        Any,
        &SQUARE_METRE,
    ),
    ("km²|km2|sq km|sq. km|sq kms", Exact, Any, &SQUARE_KILOMETRE),
    (
        "square kilometre|square kilometres|square kilometer|square kilometers|square km|square kms",
        Ascii,
        Any,
        &SQUARE_KILOMETRE,
    ),
    (
        "square mile|square miles|sq mi|sq. mi|sq miles|sq. miles|mi²",
        Ascii,
        Any,
        &SQUARE_MILE,
    ),
    (
        "square foot|square feet|sq ft|sq. ft|sq feet|sq. feet|ft²",
        Ascii,
        Any,
        &SQUARE_FOOT,
    ),
    ("ha", Exact, Any, &HECTARE),
    ("hectare|hectares", Ascii, Any, &HECTARE),
    ("acre|acres", Ascii, Any, &ACRE),
    // volume
    ("ml|mL", Exact, Any, &MILLILITRE),
    (
        "millilitre|millilitres|milliliter|milliliters",
        Ascii,
        Any,
        &MILLILITRE,
    ),
    ("l|L", Exact, Any, &LITRE),
    ("litre|litres|liter|liters", Ascii, Any, &LITRE),
    ("hl|hL", Exact, Any, &HECTOLITRE),
    (
        "hectolitre|hectolitres|hectoliter|hectoliters",
        Ascii,
        Any,
        &HECTOLITRE,
    ),
    ("m³|m3", Exact, Any, &CUBIC_METRE),
    (
        "cubic metre|cubic metres|cubic meter|cubic meters",
        Ascii,
        Any,
        &CUBIC_METRE,
    ),
    ("cubic foot|cubic feet|cu ft|ft³", Ascii, Any, &CUBIC_FOOT),
    ("gallon|gallons|gal", Ascii, Any, &GALLON),
    ("barrel|barrels|bbl", Ascii, Any, &BARREL),
    ("pint|pints", Ascii, Any, &PINT),
    ("cup|cups", Ascii, Any, &CUP),
    // temperature
    ("°C|ºC|° C|℃|° Celsius|°Celsius", Exact, Any, &CELSIUS),
    (
        "degrees Celsius|degree Celsius|degrees centigrade|degree centigrade|degrees C|Celsius|centigrade|celcius|degrees celcius|deg C|deg. C|deg celsius|deg. celsius|deg celcius",
        Ascii,
        Any,
        &CELSIUS,
    ),
    ("C", Exact, Attached, &CELSIUS),
    (
        "°F|ºF|° F|℉|° Fahrenheit|°Fahrenheit",
        Exact,
        Any,
        &FAHRENHEIT,
    ),
    (
        "degrees Fahrenheit|degree Fahrenheit|degrees F|Fahrenheit|farenheit|degrees farenheit|deg F|deg. F|deg fahrenheit|deg. fahrenheit|deg farenheit",
        Ascii,
        Any,
        &FAHRENHEIT,
    ),
    ("F", Exact, Attached, &FAHRENHEIT),
    ("K|\u{212a}", Exact, Spaced, &KELVIN),
    ("kelvin|kelvins|degrees kelvin", Ascii, Any, &KELVIN),
    ("°|º|degree|degrees|deg|deg.|degs", Ascii, Any, &DEGREE),
    // energy
    ("J", Exact, Any, &JOULE),
    ("joule|joules", Ascii, Any, &JOULE),
    ("kJ", Exact, Any, &KILOJOULE),
    ("kilojoule|kilojoules", Ascii, Any, &KILOJOULE),
    ("MJ", Exact, Any, &MEGAJOULE),
    ("megajoule|megajoules", Ascii, Any, &MEGAJOULE),
    ("GJ", Exact, Any, &GIGAJOULE),
    ("gigajoule|gigajoules", Ascii, Any, &GIGAJOULE),
    ("kWh", Exact, Any, &KILOWATT_HOUR),
    (
        "kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours",
        Ascii,
        Any,
        &KILOWATT_HOUR,
    ),
    ("MWh", Exact, Any, &MEGAWATT_HOUR),
    (
        "megawatt-hour|megawatt-hours|megawatt hour|megawatt hours",
        Ascii,
        Any,
        &MEGAWATT_HOUR,
    ),
    ("GWh", Exact, Any, &GIGAWATT_HOUR),
    (
        "gigawatt-hour|gigawatt-hours|gigawatt hour|gigawatt hours",
        Ascii,
        Any,
        &GIGAWATT_HOUR,
    ),
    ("TWh", Exact, Any, &TERAWATT_HOUR),
    (
        "terawatt-hour|terawatt-hours|terawatt hour|terawatt hours",
        Ascii,
        Any,
        &TERAWATT_HOUR,
    ),
    (
        "kcal|calorie|calories|kilocalorie|kilocalories",
        Ascii,
        Any,
        &KILOCALORIE,
    ),
    ("kt", Exact, Any, &KILOTON_TNT),
    (
        "kiloton|kilotons|kilotonne|kilotonnes|kilotons of TNT|kilotonnes of TNT|kiloton of TNT",
        Ascii,
        Any,
        &KILOTON_TNT,
    ),
    ("Mt", Exact, Any, &MEGATON_TNT),
    (
        "megaton|megatons|megatonne|megatonnes|megatons of TNT|megatonnes of TNT|megaton of TNT",
        Ascii,
        Any,
        &MEGATON_TNT,
    ),
    // power
    ("W", Exact, Any, &WATT),
    ("watt|watts", Ascii, Any, &WATT),
    ("kW", Exact, Any, &KILOWATT),
    ("kilowatt|kilowatts", Ascii, Any, &KILOWATT),
    ("MW", Exact, Any, &MEGAWATT),
    ("megawatt|megawatts", Ascii, Any, &MEGAWATT),
    ("GW", Exact, Any, &GIGAWATT),
    ("gigawatt|gigawatts", Ascii, Any, &GIGAWATT),
    ("hp|bhp", Exact, Any, &HORSEPOWER),
    ("horsepower", Ascii, Any, &HORSEPOWER),
    // length, mass, volume and angle units of science, medicine and the kitchen
    ("dm", Exact, Spaced, &DECIMETRE),
    (
        "decimetre|decimetres|decimeter|decimeters",
        Ascii,
        Any,
        &DECIMETRE,
    ),
    ("µm|μm", Exact, Any, &MICROMETRE),
    (
        "micrometre|micrometres|micrometer|micrometers|micron|microns",
        Ascii,
        Any,
        &MICROMETRE,
    ),
    (
        "nanometre|nanometres|nanometer|nanometers",
        Ascii,
        Any,
        &NANOMETRE,
    ),
    ("µg|μg|mcg", Exact, Any, &MICROGRAM),
    (
        "microgram|micrograms|microgramme|microgrammes",
        Ascii,
        Any,
        &MICROGRAM,
    ),
    ("cc|cm³|cm3", Exact, Any, &CUBIC_CENTIMETRE),
    (
        "cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters",
        Ascii,
        Any,
        &CUBIC_CENTIMETRE,
    ),
    ("tsp|tsps", Exact, Any, &TEASPOON),
    (
        "teaspoon|teaspoons|teaspoonful|teaspoonfuls",
        Ascii,
        Any,
        &TEASPOON,
    ),
    ("tbsp|Tbsp|tbsps|tbs|Tbs", Exact, Any, &TABLESPOON),
    (
        "tablespoon|tablespoons|tablespoonful|tablespoonfuls",
        Ascii,
        Any,
        &TABLESPOON,
    ),
    ("fl oz|fl. oz.|fl. oz|fl.oz.", Exact, Any, &FLUID_OUNCE),
    ("fluid ounce|fluid ounces", Ascii, Any, &FLUID_OUNCE),
    ("qt", Exact, Spaced, &QUART),
    ("quart|quarts", Ascii, Any, &QUART),
    ("radian|radians", Ascii, Any, &RADIAN),
    // data and data rates
    ("byte|bytes", Ascii, Any, &BYTE),
    ("kB|KB", Exact, Any, &KILOBYTE),
    ("kilobyte|kilobytes", Ascii, Any, &KILOBYTE),
    ("MB", Exact, Any, &MEGABYTE),
    ("megabyte|megabytes", Ascii, Any, &MEGABYTE),
    ("GB", Exact, Any, &GIGABYTE),
    ("gigabyte|gigabytes", Ascii, Any, &GIGABYTE),
    ("TB", Exact, Any, &TERABYTE),
    ("terabyte|terabytes", Ascii, Any, &TERABYTE),
    ("PB", Exact, Any, &PETABYTE),
    ("petabyte|petabytes", Ascii, Any, &PETABYTE),
    ("KiB", Exact, Any, &KIBIBYTE),
    ("MiB", Exact, Any, &MEBIBYTE),
    ("GiB", Exact, Any, &GIBIBYTE),
    ("TiB", Exact, Any, &TEBIBYTE),
    ("kbit|Kbit", Exact, Any, &KILOBIT),
    ("kilobit|kilobits", Ascii, Any, &KILOBIT),
    ("Mb|Mbit", Exact, Any, &MEGABIT),
    ("megabit|megabits", Ascii, Any, &MEGABIT),
    ("Gb|Gbit", Exact, Any, &GIGABIT),
    ("gigabit|gigabits", Ascii, Any, &GIGABIT),
    // "bps" is basis points in financial copy, far more common than bits per second.
    ("bit/s", Exact, Any, &BIT_PER_SECOND),
    ("bits per second", Ascii, Any, &BIT_PER_SECOND),
    (
        "kbps|Kbps|kbit/s|kb/s|Kb/s",
        Exact,
        Any,
        &KILOBIT_PER_SECOND,
    ),
    (
        "kilobits per second|kilobit per second",
        Ascii,
        Any,
        &KILOBIT_PER_SECOND,
    ),
    (
        "Mbps|mbps|Mbit/s|Mb/s|Mbits/s",
        Exact,
        Any,
        &MEGABIT_PER_SECOND,
    ),
    (
        "megabits per second|megabit per second|megabits a second",
        Ascii,
        Any,
        &MEGABIT_PER_SECOND,
    ),
    (
        "Gbps|gbps|Gbit/s|Gb/s|Gbits/s",
        Exact,
        Any,
        &GIGABIT_PER_SECOND,
    ),
    (
        "gigabits per second|gigabit per second|gigabits a second",
        Ascii,
        Any,
        &GIGABIT_PER_SECOND,
    ),
    ("Tbps|Tbit/s|Tb/s", Exact, Any, &TERABIT_PER_SECOND),
    (
        "terabits per second|terabit per second",
        Ascii,
        Any,
        &TERABIT_PER_SECOND,
    ),
    ("MB/s|MBps", Exact, Any, &MEGABYTE_PER_SECOND),
    (
        "megabytes per second|megabyte per second",
        Ascii,
        Any,
        &MEGABYTE_PER_SECOND,
    ),
    ("GB/s|GBps", Exact, Any, &GIGABYTE_PER_SECOND),
    (
        "gigabytes per second|gigabyte per second",
        Ascii,
        Any,
        &GIGABYTE_PER_SECOND,
    ),
    // frequency
    ("Hz", Exact, Any, &HERTZ),
    ("hertz", Ascii, Any, &HERTZ),
    ("kHz|KHz", Exact, Any, &KILOHERTZ),
    ("kilohertz", Ascii, Any, &KILOHERTZ),
    ("MHz", Exact, Any, &MEGAHERTZ),
    ("megahertz", Ascii, Any, &MEGAHERTZ),
    ("GHz", Exact, Any, &GIGAHERTZ),
    ("gigahertz", Ascii, Any, &GIGAHERTZ),
    // pressure
    ("Pa", Exact, Spaced, &PASCAL),
    ("pascal|pascals", Ascii, Any, &PASCAL),
    ("hPa", Exact, Any, &HECTOPASCAL),
    ("hectopascal|hectopascals", Ascii, Any, &HECTOPASCAL),
    ("kPa", Exact, Any, &KILOPASCAL),
    ("kilopascal|kilopascals", Ascii, Any, &KILOPASCAL),
    ("MPa", Exact, Any, &MEGAPASCAL),
    ("megapascal|megapascals", Ascii, Any, &MEGAPASCAL),
    ("GPa", Exact, Any, &GIGAPASCAL),
    ("gigapascal|gigapascals", Ascii, Any, &GIGAPASCAL),
    ("mbar", Exact, Any, &MILLIBAR),
    ("millibar|millibars", Ascii, Any, &MILLIBAR),
    ("atm", Exact, Any, &ATMOSPHERE),
    ("atmosphere|atmospheres", Ascii, Any, &ATMOSPHERE),
    ("psi|PSI|psig", Exact, Any, &PSI),
    (
        "pounds per square inch|pound per square inch",
        Ascii,
        Any,
        &PSI,
    ),
    ("mmHg|mm Hg", Exact, Any, &MILLIMETRE_OF_MERCURY),
    (
        "millimetres of mercury|millimeters of mercury",
        Ascii,
        Any,
        &MILLIMETRE_OF_MERCURY,
    ),
    ("inHg|in Hg", Exact, Any, &INCH_OF_MERCURY),
    ("inches of mercury", Ascii, Any, &INCH_OF_MERCURY),
    // electricity
    ("mV", Exact, Any, &MILLIVOLT),
    ("millivolt|millivolts", Ascii, Any, &MILLIVOLT),
    ("V", Exact, Any, &VOLT),
    ("volt|volts", Ascii, Any, &VOLT),
    ("kV", Exact, Any, &KILOVOLT),
    ("kilovolt|kilovolts", Ascii, Any, &KILOVOLT),
    ("megavolt|megavolts", Ascii, Any, &MEGAVOLT),
    ("mA", Exact, Any, &MILLIAMPERE),
    (
        "milliamp|milliamps|milliampere|milliamperes",
        Ascii,
        Any,
        &MILLIAMPERE,
    ),
    ("amp|amps|ampere|amperes", Ascii, Any, &AMPERE),
    ("kA", Exact, Any, &KILOAMPERE),
    (
        "kiloamp|kiloamps|kiloampere|kiloamperes",
        Ascii,
        Any,
        &KILOAMPERE,
    ),
    // electric charge, as battery capacity
    ("mAh", Exact, Any, &MILLIAMPERE_HOUR),
    (
        "milliamp-hour|milliamp-hours|milliampere-hour|milliampere-hours|milliamp hours",
        Ascii,
        Any,
        &MILLIAMPERE_HOUR,
    ),
    ("Ah", Exact, Spaced, &AMPERE_HOUR),
    (
        "amp-hour|amp-hours|ampere-hour|ampere-hours|amp hours",
        Ascii,
        Any,
        &AMPERE_HOUR,
    ),
    // force and thrust
    ("newton|newtons", Ascii, Any, &NEWTON),
    ("kN", Exact, Any, &KILONEWTON),
    ("kilonewton|kilonewtons", Ascii, Any, &KILONEWTON),
    ("meganewton|meganewtons", Ascii, Any, &MEGANEWTON),
    ("lbf", Exact, Any, &POUND_FORCE),
    (
        "pound-force|pounds-force|pounds of thrust|pound of thrust",
        Ascii,
        Any,
        &POUND_FORCE,
    ),
    ("kgf", Exact, Any, &KILOGRAM_FORCE),
    (
        "kilogram-force|kilograms-force",
        Ascii,
        Any,
        &KILOGRAM_FORCE,
    ),
    // percent
    (
        "%|pct|percent|percents|per cent|per-cent",
        Ascii,
        Any,
        &PERCENT,
    ),
    (
        "percentage point|percentage points",
        Ascii,
        Any,
        &PERCENTAGE_POINT,
    ),
    ("basis point|basis points", Ascii, Any, &BASIS_POINT),
    ("ppm", Exact, Any, &PARTS_PER_MILLION),
    (
        "parts per million|part per million",
        Ascii,
        Any,
        &PARTS_PER_MILLION,
    ),
    ("ppb", Exact, Any, &PARTS_PER_BILLION),
    (
        "parts per billion|part per billion",
        Ascii,
        Any,
        &PARTS_PER_BILLION,
    ),
    ("bp|bps", Exact, Any, &BASIS_POINT),
    // currency written after the number
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
const CURRENCY_SIGNS: &[(&str, &Unit)] = &[
    ("US$", &USD),
    ("U.S.$", &USD),
    ("$", &USD),
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

/// The texts that can open an amount of money, lower-cased, for the scanner's automaton.
pub(crate) fn currency_anchors() -> impl Iterator<Item = String> {
    let signs = CURRENCY_SIGNS.iter().map(|(sign, _)| sign.to_lowercase());
    signs.chain(CURRENCIES.iter().map(|unit| unit.symbol.to_lowercase()))
}

/// The spellings, grouped by their first byte (ASCII letters folded to lower case) and sorted
/// longest first, so a lookup compares only the few that can match.
struct SpellingIndex {
    buckets: Vec<Vec<Spelling>>,
}

static INDEX: LazyLock<SpellingIndex> = LazyLock::new(|| {
    let mut buckets: Vec<Vec<Spelling>> = (0..256).map(|_| Vec::new()).collect();
    for &(variants, case, guard, unit) in SPELLINGS {
        for text in variants.split('|') {
            let first = text.as_bytes()[0].to_ascii_lowercase();
            buckets[usize::from(first)].push(Spelling {
                text,
                spaced: text.contains(' '),
                case,
                guard,
                unit,
            });
        }
    }
    for bucket in &mut buckets {
        bucket.sort_by_key(|s| std::cmp::Reverse(s.text.len()));
    }
    SpellingIndex { buckets }
});

/// The first word of `text`: up to a space, a hyphen, a slash or punctuation.
fn leading_word(text: &str) -> &str {
    let end = text
        .find(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '/' | '.' | ',' | ';' | ':' | '(' | ')')
        })
        .unwrap_or(text.len());
    &text[..end]
}

/// Whether "a"/"an" before `unit`, spelled `spelled`, is one of it: "a mile", "a litre",
/// "an ml". Not spans of time ("a day later", "twice a year"), temperatures or angles ("to a
/// degree"), money, percentages or counts, and not the spellings that are ordinary nouns or
/// idioms more often than measures ("a bar of soap", "a cup of tea", "a ton of work", "a
/// parking meter", "in a yard", "tie a knot", "an atmosphere of fear", "a pound coin", "give
/// an inch", "over a barrel"), nor a spelling with a capital ("a TB survivor", "a Hertz car").
pub(crate) fn counts_after_article(unit: &Unit, spelled: &str) -> bool {
    const NOUNS: [&str; 16] = [
        "bar",
        "cup",
        "pint",
        "ton",
        "tonne",
        "meter",
        "yard",
        "foot",
        "inch",
        "ounce",
        "barrel",
        "knot",
        "atmosphere",
        "pound",
        "gal",
        "amp",
    ];
    let word = spelled.trim();
    let noun = NOUNS.iter().any(|n| word.eq_ignore_ascii_case(n));
    let measure = !matches!(
        unit.dimension,
        Dimension::Duration
            | Dimension::Temperature
            | Dimension::Angle
            | Dimension::Currency
            | Dimension::Percent
            | Dimension::Count
    );
    let capital = word.chars().any(|c| c.is_uppercase());
    measure && !noun && !capital && word.chars().count() > 1
}

/// The first words, ASCII lower case, of the unit spellings that may follow an article
/// ("mile", "litre", "square"): see [`counts_after_article`].
static ARTICLE_UNIT_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    SPELLINGS
        .iter()
        .flat_map(|&(variants, _, _, unit)| variants.split('|').map(move |text| (text, unit)))
        .filter(|&(text, unit)| counts_after_article(unit, text))
        .map(|(text, _)| leading_word(text).to_ascii_lowercase())
        .filter(|word| !word.is_empty())
        .collect()
});

/// The words, ASCII lower case, of the units of time, which count after an article only with
/// more after them ("an hour and a half").
static ARTICLE_TIME_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
    SPELLINGS
        .iter()
        .filter(|&&(_, case, _, unit)| case == Ascii && unit.dimension == Dimension::Duration)
        .flat_map(|&(variants, ..)| variants.split('|'))
        .map(str::to_ascii_lowercase)
        .collect()
});

/// A quick test that `input`, the text after "a" or "an", may start with a unit that counts
/// after an article: one of [`counts_after_article`], or a unit of time followed by "and".
/// Cheaper than [`unit`] on text that mostly holds none.
pub(crate) fn may_follow_article(input: &str) -> bool {
    let word = leading_word(input);
    let followed_by_and = input[word.len()..].starts_with(" and ");
    with_ascii_lowercase(word.as_bytes(), |lower| {
        std::str::from_utf8(lower).is_ok_and(|lower| {
            ARTICLE_UNIT_WORDS.contains(lower)
                || (followed_by_and && ARTICLE_TIME_WORDS.contains(lower))
        })
    })
    .unwrap_or(false)
}

/// What the grammar knows about the number a unit follows, for the spelling guards.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UnitContext {
    /// Whether spaces (or a hyphen) stand between the number and the unit.
    pub(crate) spaced: bool,
    /// Whether the number carries a scale word or a currency sign.
    pub(crate) scaled: bool,
}

/// Parses a unit spelling at the start of `input`. The longest spelling whose guard holds and
/// that ends at a word boundary wins.
pub(crate) fn unit(input: &str, context: UnitContext) -> PResult<'_, &'static Unit> {
    let Some(&first) = input.as_bytes().first() else {
        return reject(input);
    };
    let bucket = &INDEX.buckets[usize::from(first.to_ascii_lowercase())];
    let second = input.as_bytes().get(1).map(u8::to_ascii_lowercase);
    for spelling in bucket {
        if let Some(&b) = spelling.text.as_bytes().get(1) {
            if Some(b.to_ascii_lowercase()) != second {
                continue;
            }
        }
        let matched = if spelling.spaced {
            match_phrase(input, spelling.text, spelling.case == Exact)
        } else {
            let head = input.as_bytes().get(..spelling.text.len());
            let equal = head.is_some_and(|head| match spelling.case {
                Exact => head == spelling.text.as_bytes(),
                Ascii => head.eq_ignore_ascii_case(spelling.text.as_bytes()),
            });
            equal.then(|| &input[spelling.text.len()..])
        };
        let Some(rest) = matched else {
            continue;
        };
        // "F-35", "B-52": a capital letter joined by a hyphen to digits is a designation; "km-5"
        // of "3km-5km" is a range.
        let designation = spelling.text.starts_with(|c: char| c.is_ascii_uppercase())
            && rest
                .strip_prefix('-')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        let bounded = (at_word_end(rest) || spelling.text.ends_with('.')) && !designation;
        if bounded && guard_holds(spelling.guard, context, rest) {
            return Ok((rest, spelling.unit));
        }
    }
    // An ISO currency code after the amount: "42 KWD".
    for &currency in CURRENCIES.iter().chain(CODES_AFTER_AMOUNT) {
        if let Some(rest) = input
            .strip_prefix(currency.symbol)
            .filter(|r| at_word_end(r))
        {
            return Ok((rest, currency));
        }
    }
    reject(input)
}

fn guard_holds(guard: Guard, context: UnitContext, rest: &str) -> bool {
    match guard {
        Any => true,
        Spaced => context.spaced,
        Attached => !context.spaced && !rest.starts_with('/'),
        Scaled => context.scaled,
        Unscaled => !context.scaled,
        ClauseEnd => {
            let after = rest.trim_start_matches(super::lexical::is_inline_space);
            after.is_empty() || after.starts_with([',', ';', ')', '\n', '\r'])
        }
    }
}

/// Parses a currency sign or code written before a number ("$", "US$", "€", "USD ").
pub(crate) fn currency_prefix(input: &str) -> PResult<'_, &'static Unit> {
    for &(sign, unit) in CURRENCY_SIGNS {
        if let Some(rest) = input.strip_prefix(sign) {
            if pattern_ends_in_symbol(sign) || !rest.starts_with(char::is_alphabetic) {
                return Ok((rest, unit));
            }
        }
    }
    for &unit in CURRENCIES {
        if let Some(rest) = input.strip_prefix(unit.symbol) {
            if !rest.starts_with(char::is_alphabetic) {
                return Ok((rest, unit));
            }
        }
    }
    reject(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPACED: UnitContext = UnitContext {
        spaced: true,
        scaled: false,
    };

    #[test]
    fn longest_spelling_wins() {
        assert_eq!(unit("km/h away", SPACED).map(|(_, u)| u.symbol), Ok("km/h"));
        assert_eq!(unit("km away", SPACED).map(|(_, u)| u.symbol), Ok("km"));
        assert_eq!(
            unit("nautical miles", SPACED).map(|(_, u)| u.symbol),
            Ok("nmi")
        );
        assert_eq!(
            unit("miles an hour", SPACED).map(|(_, u)| u.symbol),
            Ok("mph")
        );
    }

    #[test]
    fn units_end_at_a_word_boundary() {
        assert!(unit("million", SPACED).is_err());
        assert!(unit("kmx", SPACED).is_err());
    }

    #[test]
    fn conversions_go_through_uom() {
        assert_eq!(KILOMETRE.to_si(1.5), 1500.0);
        assert!((MILE.to_si(1.0) - 1609.344).abs() < 1e-9);
        assert!((MACH.to_si(10.0) - 3402.94).abs() < 1e-9);
        assert!((CELSIUS.to_si(0.0) - 273.15).abs() < 1e-9);
    }
}
