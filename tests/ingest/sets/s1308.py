DAY = "2025-05-11"
SENTS = [
 ("Vietnamese leader To Lam joined Vladimir Putin at the Victory Day parade on Red Square, where Vietnamese soldiers marched for the first time.", ["person:to-lam MEETS person:vladimir-putin", "person:to-lam LEADS VNM"], ["person:to-lam MEETS RUS"]),
 ("The two men signed a declaration on a comprehensive strategic partnership and agreements on nuclear energy.", [], ["VNM ALLIED_WITH RUS", "person:to-lam MEETS person:vladimir-putin"]),
 ("Russia's state nuclear company Rosatom will help Vietnam build its first nuclear research centre.", [], ["RUS SUPPORTS VNM"]),
 ("Hanoi buys most of its weapons from Moscow, though it has sought to diversify its suppliers.", ["RUS SUPPLIES_ARMS VNM"]),
 ("Xi Jinping, Lula and Serbia's Aleksandar Vučić also attended the parade.", [], ["person:xi-jinping MEETS RUS", "person:luiz-inacio-lula-da-silva MEETS RUS", "person:aleksandar-vucic MEETS RUS", "person:aleksandar-vucic LEADS SRB"]),
]
