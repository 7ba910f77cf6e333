DAY = "2009-06-17"
SENTS = [
 ("Leaders of the BRIC countries held their first summit in Yekaterinburg on Tuesday, calling for a more diverse international monetary system.", [], []),
 ("Luiz Inacio Lula da Silva, Dmitry Medvedev, Manmohan Singh and Hu Jintao stopped short of calling for a replacement for the dollar as the main reserve currency.", [], []),
 ("Earlier, Medvedev hosted a summit of the Shanghai Cooperation Organisation in the same city, attended by Iran's President Mahmoud Ahmadinejad.", ["person:mahmoud-ahmadinejad LEADS IRN"], ["person:mahmoud-ahmadinejad MEETS RUS", "person:mahmoud-ahmadinejad MEETS person:dmitry-medvedev", "person:dmitry-medvedev MEETS org:SCO", "person:mahmoud-ahmadinejad MEETS org:SCO"]),
 ("Ahmadinejad's trip came days after his disputed re-election, which set off mass protests in Tehran.", [], []),
 ("China and Russia agreed to hold regular consultations on the global financial crisis.", [], ["CHN MEETS RUS"]),
 ("India's Prime Minister Manmohan Singh met Pakistan's President Asif Ali Zardari on the sidelines, their first meeting since the Mumbai attacks.", ["person:manmohan-singh LEADS IND", "person:asif-ali-zardari LEADS PAK", "person:manmohan-singh MEETS person:asif-ali-zardari"], []),
]
