"""PTV's coordinates into degrees.

PTV gives a service location's position in ETRS-TM35FIN (EPSG:3067: northing in
`latitude`, easting in `longitude`, metres); our locations store WGS84 degrees.
The projection is one fixed transverse Mercator zone, so its inverse (the
Krüger series of the Finnish public-administration recommendation JHS 154) is
a few lines here rather than a PROJ binding as a dependency. ETRS89 and WGS84
differ by well under a metre, less than the six decimals we keep.
"""

import math

A = 6378137.0  # GRS80
F = 1 / 298.257222101
K0 = 0.9996
LON0 = math.radians(27)
E0 = 500000.0

_N = F / (2 - F)
_A1 = A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_E = math.sqrt(2 * F - F**2)
_H = [
    _N / 2 - 2 * _N**2 / 3 + 37 * _N**3 / 96 - _N**4 / 360,
    _N**2 / 48 + _N**3 / 15 - 437 * _N**4 / 1440,
    17 * _N**3 / 480 - 37 * _N**4 / 840,
    4397 * _N**4 / 161280,
]


def tm35fin_to_degrees(northing, easting):
    """(latitude, longitude) in degrees of a point in ETRS-TM35FIN metres."""
    xi = northing / (_A1 * K0)
    eta = (easting - E0) / (_A1 * K0)
    xi1, eta1 = xi, eta
    for i, h in enumerate(_H, 1):
        xi1 -= h * math.sin(2 * i * xi) * math.cosh(2 * i * eta)
        eta1 -= h * math.cos(2 * i * xi) * math.sinh(2 * i * eta)
    beta = math.asin(math.sin(xi1) / math.cosh(eta1))
    lon = math.asin(math.tanh(eta1) / math.cos(beta))
    q = math.asinh(math.tan(beta))
    q1 = q
    for _ in range(5):
        q1 = q + _E * math.atanh(_E * math.tanh(q1))
    return math.degrees(math.atan(math.sinh(q1))), math.degrees(LON0 + lon)


def degrees(latitude, longitude):
    """(latitude, longitude) in degrees from PTV's values (strings of numbers):
    metres are projected back, values that already are degrees kept as they are."""
    lat, lon = float(latitude), float(longitude)
    if abs(lat) > 90 or abs(lon) > 180:
        lat, lon = tm35fin_to_degrees(lat, lon)
    return round(lat, 6), round(lon, 6)
