import fc from "fast-check";
import { allocate, combineKeys } from "../../src/money/allocate";
import { Decimal, ZERO, roundTo, sum } from "../../src/money/decimal";
import { SpuError } from "../../src/money/errors";

/** Amounts in øre, positive and negative, up to 10 billion kroner. */
const amount = fc.integer({ min: -1e12, max: 1e12 }).map((ore) => new Decimal(ore).div(100));
/** A non-negative key with 0–3 decimals (pupils, socio-economic indices, classes). */
const key = fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 3 })).map(([n, d]) => new Decimal(n).div(Decimal.pow(10, d)));
const keys = fc.array(key, { minLength: 1, maxLength: 25 }).filter((ks) => ks.some((k) => !k.isZero()));
const decimals = fc.constantFrom(0, 2);

/** amount × key / Σkeys, exactly as far as 100 digits go. */
function quota(total: Decimal, share: Decimal, shares: readonly Decimal[]): Decimal {
  return total.times(share).div(sum(shares));
}

describe("allocate (largest remainder): properties", () => {
  test("the parts sum exactly to the amount rounded to the unit", () => {
    fc.assert(
      fc.property(amount, keys, decimals, (a, ks, d) => {
        const parts = allocate(a, ks, d, "keys");
        expect(parts).toHaveLength(ks.length);
        expect(sum(parts).equals(roundTo(a, d))).toBe(true);
        parts.forEach((p) => expect(p.decimalPlaces()).toBeLessThanOrEqual(d));
      })
    );
  });

  test("every part is within one unit of its exact quota and has the amount's sign", () => {
    fc.assert(
      fc.property(amount, keys, decimals, (a, ks, d) => {
        const total = roundTo(a, d);
        const unit = Decimal.pow(10, -d);
        allocate(a, ks, d, "keys").forEach((p, i) => {
          expect(p.minus(quota(total, ks[i], ks)).abs().lessThan(unit)).toBe(true);
          expect(p.isZero() || p.isNegative() === total.isNegative()).toBe(true);
        });
      })
    );
  });

  test("ties go to the earlier row: equal keys never get less than a later equal key", () => {
    const repeated = fc.tuple(fc.array(key, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(3), { minLength: 2, maxLength: 20 }));
    fc.assert(
      fc.property(amount, repeated, decimals, (a, [pool, picks], d) => {
        const ks = picks.map((i) => pool[i % pool.length]);
        fc.pre(ks.some((k) => !k.isZero()));
        const parts = allocate(a, ks, d, "keys");
        for (let i = 0; i < ks.length; i++) {
          for (let j = i + 1; j < ks.length; j++) {
            if (ks[i].equals(ks[j])) expect(parts[i].abs().greaterThanOrEqualTo(parts[j].abs())).toBe(true);
          }
        }
      })
    );
  });

  test("ties: 1.000 kr. over three equal keys gives the extra krone to the first row", () => {
    const ones = [new Decimal(1), new Decimal(1), new Decimal(1)];
    expect(allocate(new Decimal(1000), ones, 0, "keys").map(Number)).toEqual([334, 333, 333]);
    expect(allocate(new Decimal(-1000), ones, 0, "keys").map(Number)).toEqual([-334, -333, -333]);
    expect(allocate(new Decimal(100), ones, 2, "keys").map(Number)).toEqual([33.34, 33.33, 33.33]);
  });

  test("all keys zero: SpuError div0 naming the key parameter", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 10 }), decimals, (a, n, d) => {
        const call = () => allocate(a, new Array<Decimal>(n).fill(ZERO), d, "socio");
        expect(call).toThrow(SpuError);
        try {
          call();
        } catch (e) {
          expect((e as SpuError).kind).toBe("div0");
          expect((e as SpuError).key).toBe("allZero");
          expect((e as SpuError).params.param).toBe("socio");
        }
      })
    );
  });
});

describe("combineKeys: properties", () => {
  /** k key columns of one length, each with a non-zero key, and k weights summing to 1. */
  const multi = fc.integer({ min: 1, max: 6 }).chain((rows) =>
    fc.integer({ min: 2, max: 3 }).chain((k) =>
      fc.record({
        columns: fc.array(
          fc.array(key, { minLength: rows, maxLength: rows }).filter((c) => c.some((v) => !v.isZero())),
          { minLength: k, maxLength: k }
        ),
        raw: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: k, maxLength: k }),
      })
    )
  );
  const weightsOf = (raw: number[]) => raw.map((r) => new Decimal(r).div(raw.reduce((s, x) => s + x, 0)));

  test("each share is proportional to the weighted sum of the single-key quotas", () => {
    fc.assert(
      fc.property(multi, ({ columns, raw }) => {
        const weights = weightsOf(raw);
        const shares = combineKeys(columns, weights, ["a", "b", "c"]);
        const totals = columns.map(sum);
        shares.forEach((s, i) => {
          const expected = sum(columns.map((c, k) => weights[k].times(c[i]).div(totals[k])));
          expect(s.div(sum(shares)).minus(expected).abs().lessThan("1e-80")).toBe(true);
        });
      })
    );
  });

  test("allocating combined keys gives each row the weighted sum of its single-key quotas, within one unit", () => {
    fc.assert(
      fc.property(amount, multi, decimals, (a, { columns, raw }, d) => {
        const weights = weightsOf(raw);
        const total = roundTo(a, d);
        const parts = allocate(a, combineKeys(columns, weights, ["a", "b", "c"]), d, "a");
        expect(sum(parts).equals(total)).toBe(true);
        parts.forEach((p, i) => {
          const expected = sum(columns.map((c, k) => weights[k].times(quota(total, c[i], c))));
          expect(p.minus(expected).abs().lessThan(Decimal.pow(10, -d))).toBe(true);
        });
      })
    );
  });

  test("a weighted column whose keys are all zero is refused; a column with weight 0 is ignored", () => {
    const one = [new Decimal(1), new Decimal(3)];
    const zero = [ZERO, ZERO];
    expect(() => combineKeys([one, zero], [new Decimal(0.5), new Decimal(0.5)], ["pupils", "socio"])).toThrow(
      expect.objectContaining({ kind: "div0", params: { param: "socio" } })
    );
    expect(combineKeys([one, zero], [new Decimal(1), ZERO], ["pupils", "socio"]).map(Number)).toEqual([1, 3]);
  });
});
