"""Could the fine-tuned encoder run without torch? Export it to ONNX, quantise it, score again.

    python benchmarks/encoder_onnx.py --load SAVED --eval EVAL.jsonl --out DIR [--json PATH]

An experiment, not part of the parser (``docs/decisions.md``, issue 9, fifty-second round).
``SAVED`` is a folder written by ``encoder_experiment.py --save``. The encoder is exported to
ONNX (torch is needed for this step only), then quantised to 8-bit weights
(``onnxruntime.quantization.quantize_dynamic``); the two heads are kept as NumPy arrays. The
eval rows are then scored with onnxruntime and the ``tokenizers`` library alone (no torch, no
transformers), once with each file, and reported with the files' sizes and the time per
quotation, beside the same rows scored with torch.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load", type=Path, required=True)
    parser.add_argument("--eval", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    import numpy as np
    import torch
    from transformers import AutoModel

    args.out.mkdir(parents=True, exist_ok=True)
    encoder = AutoModel.from_pretrained(str(args.load)).eval()
    heads = torch.load(args.load / "heads.pt")
    np.savez(args.out / "heads.npz", **{f"{h}_{k}": v.numpy() for h in heads for k, v in heads[h].items()})
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

    int8 = args.out / "encoder.int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)

    import onnxruntime
    from tokenizers import Tokenizer

    from encoder_experiment import span_tokens  # the same candidate tokens as the torch scoring

    tokenizer = Tokenizer.from_file(str(args.load / "tokenizer.json"))
    tokenizer.enable_truncation(args.max_length)
    weights = np.load(args.out / "heads.npz")
    cw, cb = weights["candidate_weight"][0], weights["candidate_bias"][0]
    nw, nb = weights["nobody_weight"][0], weights["nobody_bias"][0]
    rows = [json.loads(line) for line in args.eval.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [r for r in rows if r["found"]]

    def score(path: Path) -> tuple[int, int, float]:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        right = fallback = 0
        began = time.perf_counter()
        for row in found:
            enc = tokenizer.encode(row["window"])
            feed = {"input_ids": np.array([enc.ids], dtype=np.int64),
                    "attention_mask": np.ones((1, len(enc.ids)), dtype=np.int64)}
            states = session.run(None, feed)[0][0]
            scores = [float(states[0] @ nw + nb)]
            for c in row["candidates"]:
                tokens = span_tokens(enc.offsets, c["spans"])
                if tokens:
                    picked = states[tokens]
                    scores.append(float(np.concatenate([picked.mean(0), picked.max(0)]) @ cw + cb))
                else:
                    scores.append(-1e4)
            pick = int(np.argmax(scores))
            ok = (pick == 0 and row["want"] is None) or (pick > 0 and row["candidates"][pick - 1]["right"])
            right += ok
            fallback += ok if row["rules"] is None else row["rules_right"]
        return right, fallback, 1000 * (time.perf_counter() - began) / max(1, len(found))

    totals = {"eval_quotations": len(rows), "found": len(found)}
    for name, path in (("onnx_fp32", fp32), ("onnx_int8", int8)):
        right, fallback, ms = score(path)
        totals[name] = {"bytes": path.stat().st_size, "model_right": right, "model_where_rules_unknown_right": fallback,
                        "ms_per_quotation": round(ms, 1)}
        print(f"{name}: {path.stat().st_size / 1e6:.1f} MB; alone {right} right, as fallback {fallback} right"
              f" of {len(rows)}; {ms:.1f} ms per quotation")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
