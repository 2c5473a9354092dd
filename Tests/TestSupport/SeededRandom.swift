// The suites' random inputs come from the one seeded generator the package has (also used
// by timeline-gen): `SplitMix(seed:)`, `below`, `chance(perMille:)`, `pick`. Re-exported so a
// suite needs only `import TestSupport`.
@_exported import SeededRandom
