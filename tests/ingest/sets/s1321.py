DAY = "2025-08-14"
SENTS = [
 ("Turkey and Syria signed a military cooperation agreement under which Turkish officers will train and advise the new Syrian army.", ["TUR ALLIED_WITH SYR"], ["TUR SUPPORTS SYR"]),
 ("Ankara backed the rebels who toppled Bashar al-Assad in December.", [], ["TUR SUPPORTS org:HTS"]),
 ("Syrian Foreign Minister Asaad al-Shaibani signed the deal in Ankara with Hakan Fidan.", ["person:asaad-al-shaibani MEETS TUR", "person:asaad-al-shaibani MEETS person:hakan-fidan"], []),
 ("Israel has warned Turkey against setting up bases in central Syria and has struck airfields there.", ["ISR CONDEMNS TUR"], ["ISR ATTACKS SYR"]),
 ("The Kurdish-led Syrian Democratic Forces, which Turkey regards as terrorists, control much of the north-east.", ["TUR CONDEMNS org:SDF"], []),
]
