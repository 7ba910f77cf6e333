DAY = "2024-12-23"
SENTS = [
 ("Turkish Foreign Minister Hakan Fidan met Syria's new leader Ahmed al-Sharaa in Damascus on Sunday.", ["person:hakan-fidan MEETS person:ahmed-al-sharaa", "person:hakan-fidan MEETS SYR"], ["person:ahmed-al-sharaa LEADS SYR"]),
 ("Fidan said Ankara would help rebuild Syria's army and infrastructure.", [], ["TUR SUPPORTS SYR"]),
 ("Turkey has demanded that the Kurdish-led SDF, which it regards as terrorists, be disbanded.", ["TUR CONDEMNS org:SDF"], []),
 ("The United States, which backs the SDF in the fight against Islamic State, has about 2,000 troops in eastern Syria.", ["USA SUPPORTS org:SDF", "USA DEPLOYS_TROOPS SYR"], ["USA ATTACKS org:ISIS"]),
 ("Qatar reopened its embassy in Damascus the same week.", [], ["QAT SUPPORTS SYR"]),
]
