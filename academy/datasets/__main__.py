"""Write every data file of the course again from its seeded generator."""

from academy.datasets import data_dir
from academy.datasets import deck
from academy.datasets import foodbank
from academy.datasets import compas

GENERATORS = {
    "cards.csv": deck.write,
    "huishoudens.csv": foodbank.write,
    "compas.csv": compas.write,
}


def main() -> None:
    target = data_dir()
    for name, write in GENERATORS.items():
        print("wrote", write(target / name))


if __name__ == "__main__":
    main()
