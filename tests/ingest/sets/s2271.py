DAY = "2010-08-21"
SENTS = [
 ("Russian engineers began loading fuel into Iran's first nuclear power plant at Bushehr on Saturday, 35 years after construction began.", [], ["RUS TRADES_WITH IRN", "RUS SUPPORTS IRN"]),
 ("Rosatom, the Russian state nuclear corporation, built the plant and will supply its fuel and take back the spent fuel.", [], ["RUS TRADES_WITH IRN"]),
 ("Sergei Kiriyenko, the head of Rosatom, and Ali Akbar Salehi, the head of Iran's atomic energy organisation, attended the ceremony.", [], ["person:ali-akbar-salehi MEETS person:sergei-kiriyenko"]),
 ("The United States said it accepted the plant's start but argued that Russia's supply of fuel showed Iran had no need to enrich uranium itself.", [], ["RUS TRADES_WITH IRN", "USA CONDEMNS IRN"]),
 ("Israel has warned that it may strike Iran's nuclear facilities.", [], ["ISR ATTACKS IRN", "ISR CONDEMNS IRN"]),
 ("Russia voted for new UN sanctions against Iran in June but has refused to cancel its trade with Tehran.", ["RUS TRADES_WITH IRN", "org:UN SANCTIONS IRN"], ["RUS SANCTIONS IRN"]),
]
