DAY = "1992-02-07"
SENTS = [
 ("Foreign and finance ministers of the twelve European Community countries signed the Treaty on European Union in the Dutch town of Maastricht on Friday, committing the Community to a single currency by 1999.", [], []),
 ("Britain and Denmark won the right to stay out of the single currency, and Britain also opted out of the treaty's social chapter.", [], ["GBR MEMBER_OF org:EU", "DNK MEMBER_OF org:EU"]),
 ("Dutch Foreign Minister Hans van den Broek, whose country holds the Community's rotating presidency, said the treaty created a European Union with a common foreign and security policy.", [], ["NLD MEMBER_OF org:EU"]),
 ("Douglas Hurd, the British Foreign Secretary, said the treaty respected the sovereignty of Britain's Parliament.", [], []),
 ("The treaty must be ratified by all twelve member states, and Denmark will hold a referendum in June.", [], ["DNK MEMBER_OF org:EU"]),
]
