//! Data: amounts of information and data rates.
//!
//! Each unit is defined here beside its spellings in prose; [`SPELLINGS`] lists them in
//! the order in which same-length spellings are tried.

use super::Case::{Ascii, Exact};
use super::Guard::Any;
use super::Spellings;

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

/// The spellings of this catalogue's units: `|`-separated variants, how they compare with
/// the text, when they apply, and the unit.
pub(super) const SPELLINGS: Spellings = &[
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
];
