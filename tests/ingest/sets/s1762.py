DAY = "1991-12-08"
SENTS = [
 ("The leaders of Russia, Ukraine and Belarus declared on Sunday that the Soviet Union had ceased to exist and formed a Commonwealth of Independent States in its place.", [], ["RUS ALLIED_WITH UKR", "RUS ALLIED_WITH BLR", "UKR ALLIED_WITH BLR"]),
 ("Russian President Boris Yeltsin, Ukrainian President Leonid Kravchuk and Belarusian leader Stanislav Shushkevich signed the agreement at a hunting lodge in the Belovezhskaya Pushcha forest near Brest.", ["person:boris-yeltsin LEADS RUS", "person:leonid-kravchuk LEADS UKR", "person:stanislav-shushkevich LEADS BLR", "person:boris-yeltsin MEETS person:leonid-kravchuk", "person:boris-yeltsin MEETS person:stanislav-shushkevich", "person:leonid-kravchuk MEETS person:stanislav-shushkevich"], []),
 ("Soviet President Mikhail Gorbachev denounced the move as illegal and dangerous.", ["person:mikhail-gorbachev LEADS SUN"], ["person:mikhail-gorbachev CONDEMNS RUS", "person:mikhail-gorbachev CONDEMNS UKR", "person:mikhail-gorbachev CONDEMNS BLR"]),
 ("Yeltsin telephoned President George Bush to inform him of the decision before calling Gorbachev.", ["person:boris-yeltsin MEETS person:george-h-w-bush", "person:boris-yeltsin MEETS person:mikhail-gorbachev"], []),
 ("Kazakhstan's President Nursultan Nazarbayev said he had not been consulted.", ["person:nursultan-nazarbayev LEADS KAZ"], []),
]
