/**
 * Exact decimal arithmetic for formula numbers.
 *
 * Salesforce evaluates formulas with decimal (not binary floating point) arithmetic, so
 * 0.5 - 0.1 is exactly 0.4 and a value sitting exactly on a tolerance boundary compares
 * as equal. JavaScript doubles do not (0.3 - 0.1 = 0.19999999999999998). Numbers travel
 * through the evaluator as doubles, and every arithmetic step converts them to exact
 * decimals (from their shortest round-trip text, i.e. the digits a user sees), computes
 * exactly, and converts back to the nearest double.
 */

/** value = m × 10^-s, s ≥ 0. */
export interface Dec {
    m: bigint;
    s: number;
}

/** Digits kept after the decimal point by division (Salesforce keeps far more than a double can show). */
const DIVISION_SCALE = 32;

const pow10 = (n: number): bigint => 10n ** BigInt(n);

export function toDec(n: number): Dec {
    if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
    if (!match) throw new RangeError(`Cannot read number ${n}`);
    const [, sign = '', intPart = '0', fracPart = '', exp = '0'] = match;
    let digits = intPart + fracPart;
    let s = fracPart.length - Number(exp);
    if (s < 0) {
        digits += '0'.repeat(-s);
        s = 0;
    }
    return { m: BigInt(sign + digits), s };
}

function decToString(d: Dec): string {
    const negative = d.m < 0n;
    let digits = (negative ? -d.m : d.m).toString();
    let s = d.s;
    // Strip trailing zeros of the fraction.
    while (s > 0 && digits.length > 1 && digits.endsWith('0')) {
        digits = digits.slice(0, -1);
        s -= 1;
    }
    if (digits === '0') return '0';
    if (s > 0) {
        digits = digits.padStart(s + 1, '0');
        digits = `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
    }
    return (negative ? '-' : '') + digits;
}

export function fromDec(d: Dec): number {
    return Number(decToString(d));
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
    const s = Math.max(a.s, b.s);
    return [a.m * pow10(s - a.s), b.m * pow10(s - b.s), s];
}

/** Integer division rounding half away from zero (Salesforce's rounding). */
function divRound(num: bigint, den: bigint): bigint {
    const negative = num < 0n !== den < 0n;
    const n = num < 0n ? -num : num;
    const d = den < 0n ? -den : den;
    let q = n / d;
    if ((n % d) * 2n >= d) q += 1n;
    return negative ? -q : q;
}

/** Digits kept after the decimal point when a result is carried to the next operation. */
const CARRY_SCALE = 40;

/** Limits the scale of a carried result (products of long fractions grow without bound otherwise). */
function limit(d: Dec): Dec {
    if (d.s <= CARRY_SCALE) return d;
    return { m: divRound(d.m, pow10(d.s - CARRY_SCALE)), s: CARRY_SCALE };
}

export function addD(a: Dec, b: Dec): Dec {
    const [x, y, s] = align(a, b);
    return limit({ m: x + y, s });
}

export function subtractD(a: Dec, b: Dec): Dec {
    const [x, y, s] = align(a, b);
    return limit({ m: x - y, s });
}

export function multiplyD(a: Dec, b: Dec): Dec {
    return limit({ m: a.m * b.m, s: a.s + b.s });
}

/** a / b, rounded half away from zero at DIVISION_SCALE digits; throws RangeError for b = 0. */
export function divideD(a: Dec, b: Dec): Dec {
    if (b.m === 0n) throw new RangeError('Division by zero');
    const num = a.m * pow10(DIVISION_SCALE + b.s);
    const den = b.m * pow10(a.s);
    return { m: divRound(num, den), s: DIVISION_SCALE };
}

export function compareD(a: Dec, b: Dec): -1 | 0 | 1 {
    const [x, y] = align(a, b);
    return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Dec): boolean {
    return d.m === 0n;
}

export const multiply = (a: number, b: number): number => fromDec(multiplyD(toDec(a), toDec(b)));
/** a / b; the caller checks for b = 0. */
export const divide = (a: number, b: number): number => fromDec(divideD(toDec(a), toDec(b)));

/** ROUND(n, digits): half away from zero; digits may be negative (ROUND(1250, -2) = 1300). */
export function roundD(x: Dec, digits: number): Dec {
    digits = Math.trunc(digits);
    if (digits >= x.s) return x;
    const m = divRound(x.m, pow10(x.s - digits));
    return digits >= 0 ? { m, s: digits } : { m: m * pow10(-digits), s: 0 };
}

export const round = (a: number, digits: number): number => fromDec(roundD(toDec(a), digits));

/** Plain decimal text without exponent (TEXT(0.0000001) is "0.0000001", not "1e-7"). */
export const toPlainString = (a: number): string => decToString(toDec(a));
