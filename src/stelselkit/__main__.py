from stelselkit.start import main

main()
