"""Print the corpus figures and the sources table used in README.md.

Run: python3 tests/corpus/readme_tables.py   (PyYAML only; reads gold/ and split.yaml)
"""
from pathlib import Path

import yaml

from test_corpus_files import HERE, corpus_figures


def main():
    f = corpus_figures()
    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    test = set(split["test"])
    print("| figure | count |\n| --- | --- |")
    for k in ("stories", "outlets", "countries", "quotes", "timexes", "dev", "test"):
        print(f"| {k} | {f[k]} |")
    print()
    print("| id | part | outlet | country | date | topic | URL |\n| --- | --- | --- | --- | --- | --- | --- |")
    for gp in sorted((HERE / "gold").glob("*.yaml")):
        g = yaml.safe_load(gp.read_text(encoding="utf-8"))
        part = "test" if gp.stem in test else "dev"
        print(f"| {gp.stem} | {part} | {g['outlet']} | {g['country']} | {g['published']} | {g['topic']} | {g['url']} |")


if __name__ == "__main__":
    main()
