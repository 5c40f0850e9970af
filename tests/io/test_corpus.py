"""The corpus score: matching rules on tiny invented inputs, and floors on the real corpus.

The floors are what `python -m casebook score tests/corpus` measured (see
docs/parser-generality.md); a rule change that loses ground fails here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from casebook.io.corpus import (
    Tally, fold_name, locate, match_quotes, own_cue, said_speaker, same_speaker, score_corpus, score_story, story_ids,
)
from casebook.model import Quote
from casebook.parse import parse_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"

# Measured floors: (quotes found R, speaker R over all gold quotes, date value R), in percent.
# Baseline (05039ce): dev 72.5 / 27.5 / 66.2, test 41.4 / 27.6 / 66.7.
# Each test part is scored once, at the end of its round, then joins dev (tests/corpus/README.md):
# - s stories (16), last scored at 7630f6e: 89.7 / 62.1 / 88.9;
# - t01-t24, scored at 818b9e0: 88.2 / 60.0 / 88.7 (start-of-round parser 85.9 / 56.5 / 87.3);
# - t25-t46 (20 stories), scored at 676aeac: 95.5 / 76.1 / 85.5
#   (parser at 818b9e0: 95.5 / 74.6 / 85.5; at 7630f6e: 95.5 / 68.7 / 83.6);
# - t49-t71 (22 stories), scored at a703ad7: 95.9 / 70.3 / 90.5
#   (parser at 787ff98, the start of that round: 95.9 / 63.5 / 88.9; at 7630f6e: 91.9 / 54.1 / 84.1);
# - t73-t96 (22 stories), scored at e05b171: 98.5 / 69.1 / 90.3
#   (parser at e59946e, the start of that round: the same; at 7630f6e: 97.1 / 58.8 / 87.5);
# - t97-t116 (20 stories), scored at e05a17f: 92.4 / 51.5 / 85.1
#   (parser at 243e520, the start of that round: 92.4 / 50.0 / 85.1; at 7630f6e: 92.4 / 54.5 / 78.7);
# - t117-t156 (40 stories), scored once at 437154f: 96.1 / 79.7 / 89.7
#   (parser at 590f8e7, the start of that round and session: 96.1 / 78.9 / 89.7; at 7630f6e,
#   the start of the day: 95.3 / 62.5 / 78.5); after study in the ninth round: 96.1 / 90.6 / 97.2;
# - t157-t196 (40 stories), scored once at 368b84c: 99.1 / 84.3 / 93.5
#   (parser at ca39928, the start of that round and session, with the same scorer: 99.1 / 84.3 / 93.5;
#   date values count over overlapping spans since 1b77806, see docs/parser-generality.md);
#   after study in the tenth round: 99.1 / 88.7 / 95.4;
# - t197-t276 (80 stories), scored once at 954e8c0: 95.1 / 72.1 / 93.3
#   (parser at fad1a07, the start of that round and session, same scorer: 95.1 / 69.8 / 93.3);
#   after study in the eleventh round: 97.0 / 83.4 / 95.8;
# - t277-t316 (40 stories), scored once at 9547baa: 96.9 / 79.1 / 89.4
#   (parser at 4daf5f2, the start of that round and session, same scorer: 96.1 / 76.7 / 89.4);
#   after study in the twelfth round (same session): 96.1 / 90.7 / 92.3;
# - t317-t356 (40 stories), scored once at a3239d1: 97.4 / 70.5 / 91.2
#   (parser at a70330e, the start of the twelfth round: the same; at 4daf5f2, the start of that
#   session: 96.8 / 69.2 / 91.2); after study in the thirteenth round: 98.7 / 89.1 / 95.6;
# - t357-t396 (40 stories), scored once at b206d8c (parser of fe597e7): 96.9 / 77.7 / 91.0
#   (parser at 0b8d38e, the start of the thirteenth round and session: 96.9 / 75.4 / 90.2);
#   after study in the fourteenth and fifteenth rounds: 96.9 / 88.5 / 95.1;
# - t397-t436 (40 stories), scored once at 327a7b5 (parser of 1c60fbe): 94.5 / 68.8 / 91.5
#   (parser at 6aad504, the start of the fifteenth round and session: the same figures, one
#   wrong speaker more); after study in the sixteenth round: 94.5 / 76.6 / 94.0;
# - t437-t476 (40 stories), scored once at 48a64a1 (parser of 04ccc4b): 95.7 / 84.2 / 91.2
#   (parser at 6aad504: 95.7 / 83.5 / 91.2); after study in the eighteenth round: 95.7 / 87.1 / 94.7;
# - t477-t516 (40 stories), collected at the start of the eighteenth round before any rule work
#   and scored once at bd12013: 97.3 / 84.7 / 90.4 (parser at 09c6101, the start of that round
#   and session: the same answers on every quotation and date); after study in the nineteenth
#   round: 97.3 / 90.0 / 92.3;
# - t517-t556 (40 stories), collected at the start of the nineteenth round (same session) before
#   any of its rules and scored once at 6275f4c: 100.0 / 80.9 / 95.1 (parser at 09c6101, the start
#   of the session, and at 09b7628, the start of the round: 100.0 / 80.1 / 95.1); after study in the
#   twenty-first round: 100.0 / 92.2 / 98.0;
# - t557-t596 (40 stories), collected in the twentieth round (a measurement only, no rule work
#   during or after it) and scored once at 33ae7ae (parser of 791e4ec): 96.9 / 78.5 / 93.2 (parser
#   at 09c6101: 96.9 / 76.9 / 93.2); after study in the twenty-first round: 96.9 / 83.8 / 93.2;
# - t597-t636 less t614 (39 stories), collected at the start of the twenty-first round before any
#   rule work and scored once at 440fa2a (parser of 79fbb6c): 96.4 / 79.9 / 89.4 (parser at
#   2213b02, the start of the round and session: the same answers on every quotation and date).
#   t614 was dropped before scoring: a dev helper working at the same time had taken the same page
#   (d795), which that round studied. After study in the twenty-second round: 96.4 / 89.9 / 89.4;
# - t637-t676 (40 stories), collected at the start of the twenty-second round before any of its
#   rules and scored once at 559b793 (parser of d701c78): 90.5 / 63.5 / 79.1 (parser at 2213b02:
#   90.5 / 61.3 / 79.1); three of its stories are in Spanish, which the parser does not read (the
#   other 37: 91.1 / 69.4 / 88.8). After study in the twenty-third round: 90.5 / 70.1 / 80.0;
# - t677-t716 (40 stories in English), collected at the start of the twenty-third round before
#   any of its rules and scored once at b4fb461 (parser of 4a75d30): 96.2 / 77.7 / 95.0 (parser at
#   2213b02: 96.2 / 75.4 / 95.0). After study in the twenty-fourth round: 96.2 / 91.5 / 96.0;
# - t717-t756 (40 stories in English), collected at the start of the twenty-fourth round (a new
#   session; the helpers' last commits came minutes after the round's first rule commit, never
#   having run the parser) and scored once at d61dfd1 (parser of 1d6981b): 97.1 / 73.4
#   / 92.7; the session's starting parser (7d5ffd9) gives the same answer on every quotation and
#   date. After study in the twenty-fifth round: 97.1 / 84.2 / 92.7;
# - t757-t796 (40 stories in English), collected at the start of the twenty-fifth round before
#   any of its rules and scored once at 035622b (parser of 07ef105): 94.2 / 81.8 / 90.7 (parser at
#   7d5ffd9: 94.2 / 81.8 / 89.8: the same speakers, one date fewer). After study in the
#   twenty-sixth round: 94.2 / 83.9 / 92.6;
# - t797-t836 less t811 (39 stories in English), collected at the start of the twenty-sixth round
#   before any of its rules and scored once at 98a8aa0 (parser of 1bc02dc): 97.9 / 83.0 / 96.6;
#   the session's starting parser (7d5ffd9) gives the same answer on every quotation and date.
#   t811 was dropped unscored: two of its paragraphs are in dev story t232. After study in the
#   twenty-seventh round: 97.9 / 93.6 / 100.0;
# - t837-t876 (40 stories in English), collected at the start of the twenty-seventh round (a new
#   session) before any of its rules (the helpers' last commits 02:20-02:22 UTC, the first rule
#   commit 02:23) and scored once at 53bc46c (parser of 53c019a): 97.6 / 81.9 / 93.3; the
#   session's starting parser (1908b2a) gives the same answer on every quotation and date. After
#   study in the twenty-eighth round: 99.2 / 89.0 / 94.8;
# - t877-t916 (40 stories in English), collected at the start of the twenty-eighth round before
#   any of its rules (the helpers' last commits 02:51-02:54 UTC, the round's first rule commit
#   02:54) and scored once at aa0aaaf (parser of a02248b): 89.2 / 69.0 / 88.1; the session's
#   starting parser (1908b2a) gives the same answer on every quotation and date. After study in
#   the twenty-ninth round: 89.2 / 75.9 / 90.1;
# - t917-t956 less t948 (39 stories in English), collected at the start of the twenty-ninth
#   round before any of its rules (the helpers' last commits 03:04-03:06 UTC, the round's first
#   rule commit 03:07) and scored once at fe17364 (parser of aaa69ac): 96.6 / 77.2 / 92.0 (the
#   session's starting parser 1908b2a: 95.9 / 76.6 / 92.0, one quotation fewer found and named).
#   t948 was dropped unscored: a paragraph of it is in dev story t130. After study in the
#   thirtieth round: 97.2 / 88.3 / 97.3;
# - t957-t996 (40 stories in English), collected at the start of the thirtieth round before any
#   of its rules was committed (the helpers' last commits 05:43-05:44 UTC, the round's first rule
#   commit 05:46) and scored once at 126139f (parser of 8aea8b1): 96.3 / 75.4 / 90.8; the
#   session's starting parser (98f6d83) gives the same answer on every quotation and date. After
#   study in the thirty-first round: 97.0 / 85.1 / 93.3;
# - t997-t1036 (40 stories in English), collected at the start of the thirty-first round before
#   any of its rules was committed (the helpers' last commits 06:22-06:24 UTC, the round's first
#   rule commit 06:25) and scored once at 4c32716 (parser of 23ed412): 95.3 / 88.3 / 88.8; the
#   session's starting parser (98f6d83) gives the same answer on every quotation and date. After
#   study in the thirty-second round: 95.3 / 89.1 / 92.5;
# - t1037-t1076 (40 stories in English), collected at the start of the thirty-second round
#   before any of its rules was committed (the helpers' last commits 06:51-06:52 UTC, the round's
#   first rule commit 06:53) and scored once at 44a3dd0 (parser of 7020747): 96.5 / 85.3 / 90.3
#   (the session's starting parser 98f6d83: 95.1 / 83.9 / 90.3, two short quotations fewer found
#   and named). After study in the thirty-third round: 98.6 / 93.7 / 97.1;
# - t1077-t1116 (40 stories in English), collected at the start of the thirty-third round before
#   any of its rules was committed (the helpers' last commits 09:17-09:18 UTC, the round's first
#   rule commit 09:19) and scored once at c88b115 (parser of 23f3ef7): 97.8 / 83.0 / 92.9 (the
#   session's starting parser 209a608: 97.0 / 82.2 / 92.9, one chanted quotation fewer found).
#   After study in the thirty-fourth round: 97.8 / 94.8 / 95.6;
# - t1117-t1156 less t1131 (39 stories in English; t1131 repeats paragraphs of dev story t232 and
#   was dropped unread), collected at the start of the thirty-fourth round (the helpers' last
#   commits 09:46-09:47 UTC; the round's first rule commit, 09:44, came two minutes before them, see
#   the corpus README) and scored once at 6d601db (parser of e57c244): 96.6 / 85.5 / 90.6 (the
#   session's starting parser 209a608: 95.7 / 84.6 / 90.6, one placard's words fewer found,
#   rightly left unnamed). After study in the thirty-fifth round: 96.6 / 90.6 / 93.7;
# - t1157-t1196 (40 stories in English, the current test part), collected at the start of the
#   thirty-fifth round; its first rule commit (10:11) came after all four helpers had reported
#   (their last commit 10:10 UTC). Scored once at 96c53e4 (parser of 682490e): 96.8 / 86.5 / 89.7;
#   the session's starting parser 209a608 gives the same answer on every quotation and date.
#   After study in the thirty-sixth round: 96.8 / 91.3 / 95.7;
# - t1197-t1202, t1207-t1224, t1227-t1233 (31 stories in English, the current test part; the
#   helpers used 31 of the 40 ids t1197-t1236), collected at the start of the thirty-sixth round;
#   its first rule commit (12:38) came after all four helpers had reported (their last commit
#   12:34:52 UTC). Scored once at 07b407d (parser of 7439913): 98.5 / 69.1 / 96.0; the session's
#   starting parser ff1b11d gives the same answer on every quotation and date. After study in the
#   thirty-seventh round: 98.5 / 83.8 / 97.0;
# - t1237-t1276 (40 stories in English, the current test part), collected at the start of the
#   thirty-seventh round; its first rule commit (13:01) came after all four helpers had reported
#   (their last commit 12:59:35 UTC). Scored once at 72899b0 (parser of 90a59a3): 94.4 / 76.7 / 95.4;
#   the session's starting parser ff1b11d gives the same answer on every quotation and date.
#   After study in the thirty-eighth round: 94.4 / 85.6 / 96.9;
# - t1277-t1316 (40 stories in English, the current test part), collected at the start of the
#   thirty-eighth round; its first rule commit (13:13) came after all four helpers had reported
#   (their last commit 13:11:51 UTC). Scored once at 7370a3f (parser of 73673a6): 95.2 / 69.9 / 97.1
#   (the session's starting parser ff1b11d: 95.2 / 68.7 / 97.1; one speaker more right, and one
#   quotation whose speaker the start parser left unknown now gets a wrong one).
#   After study in the thirty-ninth round: 95.2 / 73.5 / 98.1;
# - t1317-t1356 less t1327 (39 stories in English, the current test part; t1327 repeats sentences
#   of dev story t50, the same TVNZ story, and was dropped unread), collected at the start of the
#   thirty-ninth round; its first rule commit (13:26) came after all four helpers had reported
#   (their last commit 13:23:18 UTC). Scored once at 6dc69b45 (parser of 5a8beaa): 94.0 / 75.9 / 92.9;
#   the session's starting parser ff1b11d gives the same answer on every quotation and date.
# - t1357-t1436 less t1376, t1425 and t1426 (77 stories in English; ids the helpers left unused),
#   collected by eight helpers at the start of the fortieth round, before any parser work of the
#   round (their last commit 15:39 UTC); nothing was studied in that round. The test part became
#   t1317-t1436 less t1327, t1376, t1425 and t1426 (116 stories, 267 quotations, 394 dates),
#   scored once at 6c88a57f: 95.9 / 77.9 / 92.6 (95.88, 77.90, 92.64); the new 77 stories alone
#   96.7 / 78.8 / 92.5. The session's starting parser b9ad2b62 gives the same answer on every
#   quotation and date (the round's commits to the parser were behaviour-neutral: the same
#   output on every corpus story).
#   After study in the forty-first round: 97.8 / 83.5 / 93.1;
# - t1437-t1476 less t1465 (39 stories in English, the current test part; t1465 repeats t1384, the
#   same WAFA report, and was dropped unread), collected at the start of the forty-first round;
#   its first rule commit (aff16ac, 16:00:54 UTC) came after all four helpers had reported (their
#   last commit 15:58:51 UTC). Scored once at a94e2b69: 96.1 / 76.7 / 90.7 (96.12, 76.70, 90.68); the
#   session's starting parser b9ad2b62 gives the same answer on every quotation and date.
#   After study in the forty-second round: 96.1 / 82.5 / 90.7;
# - t1477-t1516 less t1486 (39 stories in English, the current test part; t1486 left unused),
#   collected at the start of the forty-second round; its first rule commit (5f229fb, 16:22:34 UTC)
#   came after all four helpers had reported (their last commit 16:21:33 UTC). Scored once at
#   f1607cda (parser of 54bee860): 94.8 / 80.2 / 90.2 (94.79, 80.21, 90.24); the session's
#   starting parser b9ad2b62 gives the same answer on every quotation and date.
# - t1517-t1556 less t1542-t1546 (35 stories in English; ids a helper left unused), collected at the
#   start of the forty-third round, before any parser work of the round (the helpers' last commit
#   18:38:21 UTC); the round studied nothing and changed no parser code (its work was an experiment,
#   benchmarks/clause_experiment.py, run on dev only). The test part became t1477-t1556 less t1486
#   and t1542-t1546 (74 stories, 172 quotations, 229 dates), scored once at d674969d (the
#   session's starting parser e37297ec): 95.9 / 81.4 / 93.9 (95.93, 81.40, 93.89); the new 35
#   stories alone 97.4 / 82.9 / 98.1. After study in the forty-fourth round: 95.9 / 89.5 / 95.6;
# - t1557-t1596 less t1565, t1566, t1575 and t1576 (36 stories in English, the current test part;
#   ids the helpers left unused), collected at the start of the forty-fourth round; its first rule
#   commit (476d3944, 18:51:23 UTC) came after all four helpers had reported (their last commit
#   18:50:00 UTC). Scored once at ecaf8cd5: 96.1 / 78.9 / 92.5 (96.05, 78.95, 92.50); the session's
#   starting parser e37297ec gives the same answer on every quotation and date.
#   After study in the forty-fifth round: 96.1 / 82.9 / 95.8;
# - t1597-t1636 less t1626 (39 stories in English, the current test part; t1626 left unused),
#   collected at the start of the forty-fifth round; its first rule commit (750beb46, 19:11:14 UTC)
#   came after all four helpers had reported (their last commit 19:10:47 UTC). Scored once at
#   3c0a7610: 98.8 / 74.4 / 96.2 (98.84, 74.42, 96.15); the session's starting parser e37297ec
#   names as many right speakers (64) and the same dates, with 14 wrong and 7 unknown speakers where the
#   final parser has 12 and 9. After study in the forty-sixth round: 98.8 / 79.1 / 96.2;
# - t1637-t1676 (40 stories in English, the current test part), collected at the start of the
#   forty-sixth round; its first rule commit (5baeb237, 19:28:34 UTC) came after all four helpers
#   had reported (their last commit 19:28:19 UTC). Scored once at 64794bb8: 96.1 / 77.5 / 94.3
#   (96.08, 77.45, 94.29); the session's starting parser e37297ec gives the same answer on every
#   quotation and date. After study in the forty-seventh round: 96.1 / 81.4 / 95.2;
# - t1677-t1716 (40 stories in English, the current test part), collected at the start of the
#   forty-seventh round; its first rule commit (d9b1ce25, 01:50:36 UTC on 2026-12-03) came after all
#   four helpers had reported (their last commit 01:48:40 UTC). Scored once at ce1bf7aa: 92.2 /
#   79.3 / 94.8 (92.24, 79.31, 94.81); the session's starting parser 54b9ced6 gives the same answer
#   on every quotation and date. After study in the forty-eighth round: 94.0 / 85.3 / 95.6;
# - t1717-t1756 less t1723-t1726 and t1745-t1746 (34 stories in English, the current test part;
#   ids the helpers left unused), collected at the start of the forty-eighth round; its first
#   rule commit (331efafc, 02:02:23 UTC) came after all four helpers had reported (their last
#   commit 02:01:32 UTC). Scored once at 3b22202e: 100.0 / 71.9 / 91.1 (100.00, 71.91, 91.11);
#   the session's starting parser 54b9ced6 gives the same answer on every quotation and date.
#   After study in the forty-ninth round: 100.0 / 86.5 / 96.7;
# - t1757-t1796 less t1758-t1766, t1776 and t1792-t1796 (25 stories in English, the current test
#   part; ids the helpers left unused), collected at the start of the forty-ninth round; its first
#   rule commit (163e4c88, 02:16:32 UTC) came after all four helpers had reported (their last
#   commit 02:15:06 UTC). Scored once at 07e45605: 95.2 / 88.9 / 96.6 (95.24, 88.89, 96.55); the
#   session's starting parser 54b9ced6 gives the same answer on every quotation and date.
#   After study in the fiftieth round: 95.2 / 92.1 / 98.3;
# - t1797-t1836 less t1823 and t1825 (same events as dev stories t1744 and t1062, dropped unread)
#   and t1834-t1836 (left unused): 35 stories in English, the current test part, collected at the
#   start of the fiftieth round. Its first rule commit (4a17df10, 02:31:25 UTC) came 21 seconds
#   before the last helper's last commit (02:31:46) and before that helper's report: a breach of
#   the split note, recorded in tests/corpus/README.md (the helpers never run the parser and no
#   new story was read). Scored once at aee07fa9: 92.9 / 76.2 / 92.5 (92.86, 76.19, 92.52); the
#   session's starting parser 54b9ced6 gives the same answer on every quotation and date.
#   After study in the fifty-first round: 92.9 / 82.1 / 92.5;
# - t1837-t1846, t1847-t1853 and t1867-t1871 (22 stories in English, the current test part; one
#   helper committed none and the others left ids unused), collected at the start of the
#   fifty-first round; its first rule commit (5ec433e2, 02:45:39 UTC) came after all four helpers
#   had reported (their last commit 02:44:15 UTC). Scored once at 5a151443: 90.6 / 75.5 / 90.4
#   (90.57, 75.47, 90.41), 6 wrong and 2 unknown speakers; the session's starting parser 54b9ced6
#   names one more right speaker (41, 77.4 %) with 3 wrong and 4 unknown, and the same dates.
# Dev (2583 stories: t1797-t1836 less dropped and unused ids joined, studied) at 5a151443:
# 97.0 / 88.0 / 95.2 (96.96, 88.04 and 95.18).
# Fifty-second round (2026-12-03, no rules written): the 22 stories above joined dev unstudied,
# and t1877-t1916 (40 stories in English, ctest191-ctest194, all four helpers reported before
# the part was merged) is the test part, scored once at 718382e3 (parser of 32c1142c):
# 98.0 / 85.1 / 93.1 (98.02, 85.15, 93.08), 7 wrong and 6 unknown speakers.
# Dev (2605 stories) at 718382e3: 96.9 / 88.0 / 95.1 (96.92, 87.96 and 95.13): the 22 unstudied
# stories took the speaker figure under the last floor, so it is lowered to what was measured.
# Fifty-third round (2026-12-03, no rules written): t1877-t1916 joined dev, and t1917-t1956 less
# t1936 (unused) and t1930 (dropped unread: the same event as dev story t1329) is the test part,
# 38 stories (ctest195-ctest198), scored once at 3f633c8c (parser of 32c1142c): 95.3 / 77.6 / 94.1
# (95.33, 77.57, 94.07), 13 wrong and 6 unknown speakers. Dev (2645 stories): 96.9 / 87.9 / 95.1
# (96.94, 87.92, 95.098): the 40 stories that joined took dates just under the last floor, so it is lowered.
# Fifty-fourth round (2026-12-03): t1917-t1956 (less t1930, t1936) studied, no rule kept, joined
# dev; t1957-t1996 less t1985-t1986 (38 stories, ctest199-ctest202) is the test part, scored once
# at e27e94d4 (parser of 32c1142c): 94.7 / 72.6 / 97.0 (94.74, 72.63, 96.99), 14 wrong and 7
# unknown speakers. Dev (2683 stories): 96.9 / 87.8 / 95.1 (96.91, 87.79, 95.08): the studied
# stories took the speaker figure under the last floor, so it is lowered to what was measured.
# Fifty-fifth round (2026-12-03): t1957-t1996 studied (rules in 9aff1ebc, 37b0846a, 36877c9c: among
# them, short lower-case marks with no cue are now quotations with an unknown speaker), joined dev;
# t1997-t2036 less t2025-t2026 (38 stories, ctest203-ctest206) is the test part, scored once at
# bb5d4b13 (parser of 36877c9c): 97.2 / 66.7 / 91.7 (97.22, 66.67, 91.67), 12 wrong and 21 unknown
# speakers (the parser before the round: 93.5 / 65.7 / 91.7). Dev (2721 stories): 99.1 / 88.5 /
# 95.1 (99.11, 88.54, 95.11).
# Fifty-sixth round (same session): t1997-t2036 studied (rules in 01a6e202, 8c4114d9, 1bc1f89d),
# joined dev; t2037-t2076 less t2044 (39 stories, ctest207-ctest210) is the test part, scored once
# at 6a5a1af1 (parser of 1bc1f89d): 98.9 / 75.5 / 89.6 (98.94, 75.53, 89.63), 11 wrong and 11
# unknown speakers (the same with the parser at the round's start). Dev (2759 stories): 99.1 /
# 88.4 / 95.1 (99.09, 88.38, 95.15).
# Fifty-seventh round (2026-12-03, a new session): t2037-t2076 studied (rules in 038c6305, 934750cb,
# 44f80b6d, e5d02cc8, 4d588cf4, 767931bd), joined dev; t2077-t2116 less t2089 (39 stories,
# ctest211-ctest214, all four reported before the first rule commit) is the test part, scored once
# at 92690ab4 (parser of 767931bd): 95.8 / 74.6 / 94.7 (95.76, 74.58, 94.66), 9 wrong and 16
# unknown speakers (the same with the parser at the round's start, e1c0e75f). Dev (2798 stories):
# 99.1 / 88.7 / 95.2 (99.09, 88.67, 95.15).
# Fifty-eighth round (same session): t2077-t2116 studied (rules in a780240f, a0c4c0fc, db13f82c,
# 6f041d14, 8987ff6b), joined dev; t2117-t2156 (40 stories, ctest215-ctest218, all four reported
# before the first rule commit) is the test part, scored once at deb7f567 (parser of 8987ff6b):
# 98.2 / 68.8 / 93.8 (98.17, 68.81, 93.80), 17 wrong and 15 unknown speakers (the same with the
# parser at the round's start, 8b152e99, and at the session's, e1c0e75f). Dev (2837 stories):
# 99.1 / 88.6 / 95.2 (99.05, 88.57, 95.21).
# Fifty-ninth round (2026-12-03, a new session): t2117-t2156 studied (rules in 10ec2d59, 5f8b423a),
# joined dev; t2157-t2196 (40 stories, ctest219-ctest222, all four reported before the first rule
# commit) is the test part, scored once at 90258a7e (parser of 5f8b423a): 99.1 / 80.9 / 92.6
# (99.13, 80.87, 92.56), 15 wrong and 6 unknown speakers (the same with the parser at the round's
# start, 3a64bf7e). Dev (2877 stories): 99.0 / 88.4 / 95.2 (99.04, 88.39, 95.18).
# Sixtieth round (2026-12-04, a new session): t2157-t2196 studied (rules in b040d7b0, 73e4b742,
# 0adbafef), joined dev; t2197-t2236 (40 stories, ctest223-ctest226, all four reported before the
# first rule commit) is the test part, scored once at 8d63da0e (parser of 0adbafef): 97.9 / 59.4 /
# 94.5 (97.92, 59.38, 94.50), 23 wrong and 14 unknown speakers (the same with the parser at the
# round's start, 41feea50). Dev (2917 stories): 99.0 / 88.5 / 95.2 (99.04, 88.50, 95.17).
# Sixty-first round: t2197-t2236 studied (rules in 4dae8887); its held-out part was dropped unread.
# Sixty-second round (2026-12-04, a new session): rules from dev (d57f3ad2); t2197-t2236 joined
# dev; t2237-t2276 (40 stories, ctest231-ctest234, all four reported before the round's rule
# commit) is the test part, scored once at bf22eb1b (parser of d57f3ad2): 100.0 / 70.7 / 94.4
# (100.00, 70.71, 94.44), 17 wrong and 12 unknown speakers (the same with the parser at the
# round's start, 5697c209). Dev (2957 stories): 99.0 / 88.3 / 95.2 (99.03, 88.30, 95.20).
# The floors record what was measured.
FLOORS = {
    "dev": {"quotes found": 99.0, "speaker": 88.3, "date value": 95.1},
    "test": {"quotes found": 100.0, "speaker": 70.7, "date value": 94.4},
}


def _q(start: int, end: int, paragraph: int = 1, speaker: str | None = "A", structure: str = "QCSV",
       cue: str = "said") -> Quote:
    return Quote(start, end, "x" * (end - start), speaker, None, None, None, cue, 0, 0, "direct", structure,
                 paragraph)


def test_overlap_in_the_same_paragraph_matches() -> None:
    gold = [{"start": 10, "end": 20, "paragraph": 1}]
    assert len(match_quotes([_q(15, 30)], gold)) == 1
    assert match_quotes([_q(20, 30)], gold) == []  # touching is not overlapping
    assert match_quotes([_q(15, 30, paragraph=2)], gold) == []


def test_matching_is_one_to_one_and_takes_the_largest_overlap() -> None:
    gold = [{"start": 0, "end": 10, "paragraph": 1}, {"start": 12, "end": 40, "paragraph": 1}]
    small, big = _q(8, 14), _q(14, 40)
    pairs = match_quotes([small, big], gold)
    assert [(g["start"], q.start) for g, q in pairs] == [(0, 8), (12, 14)]
    assert len(match_quotes([_q(0, 40)], gold)) == 1  # one prediction cannot count twice


def test_speaker_names_fold_case_the_and_apostrophes() -> None:
    assert fold_name("The Ministry’s Office") == fold_name("ministry's  office")
    assert fold_name(None) is None
    assert fold_name("Miroslav Lajčák") == fold_name("Miroslav Lajcak")  # one name, spelt both ways
    assert fold_name("Harris") != fold_name("Simon Harris")
    assert fold_name("‘Etuate Lavulavu") == fold_name("Etuate Lavulavu")  # a Tongan okina
    assert fold_name("O’Brien") != fold_name("OBrien")  # an apostrophe inside a word stays


def test_a_possessive_owner_on_one_side_names_the_same_speaker() -> None:
    assert same_speaker(fold_name("Spain's Supreme Court"), fold_name("Supreme Court"))
    assert same_speaker(fold_name("Workers’ Party"), fold_name("Silva’s Workers’ Party"))
    assert same_speaker(fold_name("Argentina’s economy ministry"), fold_name("Argentina's economy ministry"))
    assert not same_speaker(fold_name("Spain's Supreme Court"), fold_name("Chile's Supreme Court"))
    assert not same_speaker(fold_name("People's Party"), fold_name("Party"))  # one word left is too little
    assert not same_speaker(fold_name("Supreme Court"), None)
    assert same_speaker(None, None)
    assert same_speaker(fold_name("Sheikh Abdullah bin Zayed"), fold_name("Abdullah bin Zayed"))
    assert same_speaker(fold_name("Lord Fakafanua"), fold_name("Lord Fakafanua"))
    assert not same_speaker(fold_name("Lord Fakafanua"), fold_name("Fakafanua"))  # one word left is too little


def test_a_royal_title_is_set_aside_like_other_honorifics() -> None:
    assert same_speaker(fold_name("Crown Prince Mohammed bin Salman"), fold_name("Mohammed bin Salman"))
    assert same_speaker(fold_name("Prince Mohammed bin Salman"), fold_name("Mohammed bin Salman"))
    assert same_speaker(fold_name("King Norodom Sihamoni"), fold_name("Norodom Sihamoni"))
    assert not same_speaker(fold_name("King Charles"), fold_name("Charles"))  # one word left is too little
    assert not same_speaker(fold_name("Prince Mohammed bin Salman"), fold_name("Mohammed bin Zayed"))


def test_unknown_speaker_and_inherited_cue() -> None:
    assert said_speaker(_q(0, 1, speaker=None)) is None
    assert said_speaker(_q(0, 1, speaker="Jane Doe")) == "Jane Doe"
    assert own_cue(_q(0, 1, structure="CONT")) is None
    assert own_cue(_q(0, 1, cue="Said")) == "said"


def test_tally_ratios() -> None:
    tally = Tally(right=3, predicted=4, gold=6)
    assert (tally.precision, tally.recall) == (0.75, 0.5)
    assert Tally().precision == Tally().recall == 1.0


STORY = (" date 2020-03-04 Example News, LIMA\n\n"
         "“We will win,” said Ana Ruiz on Monday. A crowd chanted “Out! Out!” outside.\n\n"
         "The vote was set for Friday, a “historic” day.\n")


def test_score_story_on_an_invented_story() -> None:
    article = parse_text(STORY)
    gold = {
        "quotes": [
            {"text": "We will win,", "paragraph": 1, "speaker": "Ana Ruiz", "cue": "said"},
            {"text": "Out! Out!", "paragraph": 1, "speaker": None, "cue": None},
            {"text": "historic", "paragraph": 2, "speaker": None, "cue": None, "kind": "scare"},
        ],
        "timexes": [{"text": "Monday", "paragraph": 1, "value": "2020-03-02"}],
    }
    result = score_story("x", article, gold)
    found = result.tallies["quotes found"]
    assert found.gold == 2  # the scare quote is not speech
    assert found.right >= 1 and result.tallies["speaker"].right >= 1
    assert result.tallies["date value"].right == 1
    missed = [line for line in result.misses if "not found" in line or "spurious" in line]
    assert all(line.startswith("x p") for line in missed)


def test_a_date_value_counts_over_an_overlapping_span_one_to_one() -> None:
    """"Tuesday, Oct. 4" found as one expression: right for one of the two gold items drawn
    separately (one to one), wrong for the span layer; a different value never pairs."""
    article = parse_text(" date 2022-10-06 Example News, LIMA\n\nThe vote was on Tuesday, Oct. 4, in the Senate.\n")
    gold = {"timexes": [{"text": "Tuesday", "paragraph": 1, "value": "2022-10-04"},
                        {"text": "Oct. 4", "paragraph": 1, "value": "2022-10-04"}]}
    result = score_story("x", article, gold)
    assert [t.text for t in article.timexes if t.paragraph] == ["Tuesday, Oct. 4"]
    assert result.tallies["date value"].right == 1 and result.tallies["date span"].right == 0
    assert [line for line in result.misses if "date" in line] == ["x p1 date not found: 'Oct. 4' = 2022-10-04"]
    wrong = {"timexes": [{"text": "Tuesday", "paragraph": 1, "value": "2022-10-11"}]}
    assert score_story("x", article, wrong).tallies["date value"].right == 0


def test_locate_finds_repeated_text_in_order() -> None:
    article = parse_text(" date 2020-03-04 Example News, LIMA\n\nOn Monday and again on Monday.\n")
    items = locate(article, [{"text": "Monday", "paragraph": 1}, {"text": "Monday", "paragraph": 1}])
    assert items[0]["start"] < items[1]["start"]
    assert all(article.text[i["start"]:i["end"]] == "Monday" for i in items)


def test_parts_are_disjoint_and_cover_the_corpus() -> None:
    dev, test = set(story_ids(CORPUS, "dev")), set(story_ids(CORPUS, "test"))
    assert not dev & test and dev | test == set(story_ids(CORPUS, "all"))
    with pytest.raises(ValueError):
        story_ids(CORPUS, "train")


@pytest.mark.parametrize("part", ["dev", "test"])
def test_corpus_scores_stay_above_the_floors(part: str) -> None:
    tallies = score_corpus(CORPUS, part).tallies
    for layer, floor in FLOORS[part].items():
        assert 100 * tallies[layer].recall >= floor, f"{part} {layer}: {tallies[layer].recall:.1%} < {floor}%"
