DAY = "2025-10-11"
SENTS = [
 ("Amir Khan Muttaqi, the Taliban's foreign minister, held talks with Subrahmanyam Jaishankar in New Delhi on Friday, the highest-level visit by a Taliban official since 2021.", ["person:amir-khan-muttaqi MEETS person:subrahmanyam-jaishankar", "person:amir-khan-muttaqi MEETS IND"], []),
 ("India said it would upgrade its technical mission in Kabul to a full embassy.", [], []),
 ("New Delhi has not formally recognised the Taliban government, and Russia remains the only country to have done so.", [], ["RUS SUPPORTS org:TALIBAN"]),
 ("Female journalists were excluded from Muttaqi's press conference at the Afghan embassy, prompting an outcry.", [], []),
 ("India has sent wheat and medicines to Afghanistan since the earthquake in Kunar province.", ["IND SUPPORTS AFG"]),
]
