"""Write every data file of the course again from its seeded generator."""

from academy.datasets import data_dir
from academy.datasets import deck

GENERATORS = {
    "cards.csv": deck.write,
}


def main() -> None:
    target = data_dir()
    for name, write in GENERATORS.items():
        print("wrote", write(target / name))


if __name__ == "__main__":
    main()
