// The Summary's notes after the vote (spec §8.2): what decisionNote says of a decision, and the
// quota note a decided award overrides. The example workbook's cases are in conference.test.ts.
import { decisionNote, standingNotes } from "../../src/core/sheets/summaryNotes";
import { settings } from "../support/sheets-fixtures";
import { unitResult } from "../support/unitResult";

const votes = (flag: number, certificate: number) => ({ flag, certificate, members: 7 });
const YEAR = { reviewKind: "year", complete: true } as const;

describe("decisionNote", () => {
  it("says nothing without a decision, or when the decision is the proposal", () => {
    expect(decisionNote(unitResult({ award: "flag" }), "vi")).toBeNull();
    expect(decisionNote(unitResult({ award: "flag", decision: "flag", votes: votes(6, 0) }), "vi")).toBeNull();
    // A vote the score left open, resolved by the vote, is no difference (§7.4).
    expect(decisionNote(unitResult({ award: "vote-flag", decision: "flag", votes: votes(5, 0) }), "en")).toBeNull();
    expect(decisionNote(unitResult({ award: null, decision: "none", votes: votes(0, 0) }), "vi")).toBeNull();
  });

  it("names a decided award with its votes, under the Settings' names", () => {
    const names = settings({ certificateName: "Bằng khen" });
    expect(decisionNote(unitResult({ award: null, decision: "certificate", votes: votes(0, 5) }), "vi", names)).toBe(
      "Hội nghị quyết định Bằng khen (5/7 phiếu), khác đề nghị theo điểm",
    );
    expect(
      decisionNote(
        unitResult({ award: "flag", decision: "certificate", votes: votes(2, 5) }),
        "en",
        settings({ certificateName: "Certificate" }),
      ),
    ).toBe("Conference decided Certificate (5/7 votes), not the score-based proposal");
  });

  it("gives a Không the votes the unit had for the award proposed, else for the one with more votes", () => {
    const names = settings({ flagName: "Cờ thi đua", certificateName: "Bằng khen" });
    expect(decisionNote(unitResult({ award: "certificate", decision: "none", votes: votes(0, 0) }), "vi", names)).toBe(
      "Hội nghị quyết định Không (0/7 phiếu), khác đề nghị theo điểm",
    );
    expect(decisionNote(unitResult({ award: "flag", decision: "none", votes: votes(3, 2) }), "vi", names)).toBe(
      "Hội nghị quyết định Không (3/7 phiếu), khác đề nghị theo điểm",
    );
    // A vote the score left open, closed with Không: no difference, and the votes of the award voted on.
    expect(decisionNote(unitResult({ award: "vote-certificate", decision: "none", votes: votes(4, 3) }), "vi", names)).toBe(
      "Hội nghị quyết định Không (3/7 phiếu)",
    );
    // No proposal: the award with more votes.
    expect(decisionNote(unitResult({ award: null, decision: "none", votes: votes(3, 1) }), "en", names)).toBe(
      "Conference decided None (3/7 votes)",
    );
  });
});

describe("standingNotes after the vote", () => {
  it("drops the quota note when the conference decided an award, and keeps it for a Không", () => {
    const quotaUsed = unitResult({ total: 95, award: null });
    expect(standingNotes(quotaUsed, "en", settings(), YEAR)).toEqual(["award quota used"]);
    expect(standingNotes({ ...quotaUsed, decision: "certificate", votes: votes(0, 5) }, "en", settings(), YEAR)).toEqual([]);
    expect(standingNotes({ ...quotaUsed, decision: "none", votes: votes(0, 0) }, "en", settings(), YEAR)).toEqual(["award quota used"]);
  });
});
