DAY = "2019-02-28"
SENTS = [
 ("Donald Trump and Kim Jong Un cut short their second summit in Hanoi on Thursday without reaching a deal.", ["person:donald-trump MEETS person:kim-jong-un"], ["person:donald-trump MEETS VNM", "person:kim-jong-un MEETS VNM"]),
 ("Trump said North Korea had demanded that all sanctions be lifted in exchange for closing part of its Yongbyon nuclear complex.", [], ["USA SANCTIONS PRK"]),
 ("Foreign Minister Ri Yong Ho said Pyongyang had asked only for a partial easing of UN sanctions.", [], ["org:UN SANCTIONS PRK"]),
 ("Kim travelled to Vietnam by train through China, a journey of more than 60 hours.", ["person:kim-jong-un MEETS VNM"], []),
 ("Vietnam's President Nguyen Phu Trong hosted Kim for an official visit after the summit.", ["person:nguyen-phu-trong LEADS VNM", "person:nguyen-phu-trong MEETS person:kim-jong-un", "person:kim-jong-un MEETS VNM"], []),
]
