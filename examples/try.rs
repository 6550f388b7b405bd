//! Prints every quantity of a text or file on one debug line each: a quick look while
//! working on the grammar. `cargo run --example try -- "about 50 km"`.

fn main() {
    let argument = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&argument).unwrap_or(argument);
    for q in numfact::quantity::extract(&text) {
        println!(
            "{:>5} {:<40} {:?} {:?} {}..{} {:?} {} si {}..{} {}",
            q.start,
            q.text,
            q.kind,
            q.qualifier,
            q.low,
            q.high,
            q.unit,
            q.dimension,
            q.si.low,
            q.si.high,
            q.si.unit
        );
    }
}
