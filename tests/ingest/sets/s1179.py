DAY = "2025-08-09"
SENTS = [
 ("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, ending nearly four decades of conflict.", [], ["ARM MEETS USA", "AZE MEETS USA", "ARM MEETS AZE"]),
 ("Donald Trump hosted Ilham Aliyev and Nikol Pashinyan, who shook hands in front of reporters.", ["person:donald-trump MEETS person:ilham-aliyev", "person:donald-trump MEETS person:nikol-pashinyan", "person:ilham-aliyev MEETS person:nikol-pashinyan"], ["person:ilham-aliyev MEETS USA", "person:nikol-pashinyan MEETS USA"]),
 ("The deal grants the United States development rights to a transit corridor across southern Armenia.", [], []),
 ("Iran warned that it would oppose any corridor along its border with Armenia.", [], []),
 ("Russia, Armenia's treaty ally, has seen its influence in the South Caucasus wane since Azerbaijan retook Nagorno-Karabakh in 2023.", ["RUS ALLIED_WITH ARM"], []),
]
