//! Temperature: the Celsius, Fahrenheit and kelvin scales, and bare degrees.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::{Any, Attached, Spaced};
use super::{Dimension, Spellings, Unit, q};

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

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
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
];
