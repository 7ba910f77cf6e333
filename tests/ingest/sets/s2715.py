DAY = "1988-01-14"
SENTS = [
 ("President Chiang Ching-kuo of Taiwan, who lifted martial law on the island last year, died of heart failure in Taipei on Wednesday at the age of 77.", ["person:chiang-ching-kuo LEADS TWN"], []),
 ("Vice President Lee Teng-hui, a Taiwan-born agronomist trained at Cornell, was sworn in as president hours later.", [], ["person:lee-teng-hui LEADS TWN"]),
 ("Beijing sent its condolences and urged the new leadership to open talks on reunification.", [], []),
 ("The United States, which broke diplomatic relations with Taipei in 1979, still sells the island defensive weapons under the Taiwan Relations Act.", ["USA SUPPLIES_ARMS TWN"], []),
]
