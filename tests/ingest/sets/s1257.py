DAY = "2025-05-17"
SENTS = [
 ("Russian and Ukrainian delegations held their first direct talks in more than three years in Istanbul on Friday, agreeing to swap 1,000 prisoners each.", ["RUS MEETS UKR"], ["RUS MEETS TUR", "UKR MEETS TUR"]),
 ("The Russian team was led by Vladimir Medinsky, an aide to Vladimir Putin, and the Ukrainian one by Defence Minister Rustem Umerov.", [], ["person:vladimir-medinsky MEETS person:rustem-umerov"]),
 ("Turkish Foreign Minister Hakan Fidan opened the session at the Dolmabahce Palace.", [], ["person:hakan-fidan MEETS RUS", "person:hakan-fidan MEETS UKR"]),
 ("Volodymyr Zelensky had travelled to Ankara to meet Recep Tayyip Erdogan but declined to go to Istanbul after Putin chose not to attend.", ["person:volodymyr-zelensky MEETS person:recep-tayyip-erdogan", "person:volodymyr-zelensky MEETS TUR"], []),
 ("Ukraine's European allies threatened Moscow with new sanctions if it did not accept an unconditional 30-day ceasefire.", [], ["UKR ALLIED_WITH org:EU"]),
]
